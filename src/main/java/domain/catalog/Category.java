package domain.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a product sits in gudok's category tree (docs/catalog.md lists it). A code is a top-level category
 * ({@code food}) or one of its children ({@code food.coffee}); a filter on a category takes in its children.
 */
public record Category(String code) {
    /** Every category, parents before their children, with the name the app shows. */
    public static final Map<String, String> TREE = tree(
            "food", "식품", "food.coffee", "커피·차", "food.water", "생수·음료", "food.fresh", "신선식품",
            "food.meal", "간편식·도시락", "food.snack", "간식·베이커리",
            "living", "생활용품", "living.household", "생필품", "living.cleaning", "세제·청소", "living.flower", "꽃·식물",
            "appliance", "가전 렌탈", "appliance.water-purifier", "정수기", "appliance.air-purifier", "공기청정기",
            "appliance.bidet", "비데", "appliance.massage-chair", "안마의자", "appliance.kitchen", "주방가전",
            "pet", "반려동물", "pet.food", "사료·간식", "pet.supplies", "반려용품",
            "beauty", "뷰티", "beauty.skincare", "스킨케어", "beauty.hair", "헤어·바디",
            "health", "건강", "health.supplement", "건강기능식품",
            "baby", "육아", "baby.diaper", "기저귀", "baby.formula", "분유·이유식",
            "content", "콘텐츠", "content.news", "뉴스", "content.book", "도서", "content.event", "이벤트·프로모션");

    public Category {
        if (code == null || !TREE.containsKey(code)) throw new IllegalArgumentException("not a category: " + code);
    }

    public static boolean exists(String code) {
        return code != null && TREE.containsKey(code);
    }

    public String name() {
        return TREE.get(code);
    }

    /** This category and its parent, the parent first: what a filter on any of them matches. */
    public List<String> selfAndAncestors() {
        return TreeCodes.selfAndAncestors(code);
    }

    /** This category is the other one or one of its children. */
    public boolean isWithin(Category other) {
        return TreeCodes.isWithin(code, other.code);
    }

    private static Map<String, String> tree(String... codesAndNames) {
        Map<String, String> tree = new LinkedHashMap<>();
        for (int i = 0; i < codesAndNames.length; i += 2) tree.put(codesAndNames[i], codesAndNames[i + 1]);
        return Collections.unmodifiableMap(tree);
    }

    /** Codes whose parent is the part before the last dot. */
    static final class TreeCodes {
        private TreeCodes() { }

        static List<String> selfAndAncestors(String code) {
            List<String> codes = new ArrayList<>();
            for (int dot = code.indexOf('.'); dot > 0; dot = code.indexOf('.', dot + 1)) codes.add(code.substring(0, dot));
            codes.add(code);
            return List.copyOf(codes);
        }

        static boolean isWithin(String code, String ancestor) {
            return code.equals(ancestor) || code.startsWith(ancestor + ".");
        }
    }
}
