package adapters.classification;

import domain.classification.Item;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

/** An item as a Lucene document over {@link ItemFields}; its key stored, so that a search can name what it found. */
final class LuceneDocuments {
    private LuceneDocuments() { }

    static Document of(Item item) {
        Document doc = new Document();
        doc.add(new StringField(ItemFields.KEY, item.key().value(), Field.Store.YES));
        doc.add(new TextField(ItemFields.TITLE, item.title(), Field.Store.NO));
        doc.add(new TextField(ItemFields.BODY, item.body(), Field.Store.NO));
        return withDetails(doc, item);
    }

    /** The item with its title and body as the predicates cut them: the same words, not analysed twice. */
    static Document of(FilterPredicates.Prepared prepared) {
        Document doc = new Document();
        doc.add(new StringField(ItemFields.KEY, prepared.item.key().value(), Field.Store.YES));
        doc.add(new TextField(ItemFields.TITLE, new AnalysedWords(prepared.titleWords)));
        doc.add(new TextField(ItemFields.BODY, new AnalysedWords(prepared.bodyWords)));
        return withDetails(doc, prepared.item);
    }

    private static Document withDetails(Document doc, Item item) {
        for (Map.Entry<String, List<String>> field : ItemFields.keywords(item).entrySet()) {
            for (String value : field.getValue()) doc.add(new StringField(field.getKey(), value, Field.Store.NO));
        }
        if (item.price() != null) doc.add(new LongPoint(ItemFields.PRICE, item.price()));
        doc.add(new IntPoint(ItemFields.IMAGES, item.imageCount()));
        return doc;
    }
}
