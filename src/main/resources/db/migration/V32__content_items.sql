-- Partners' content items from the gudok.content stream (docs/classification.md): the latest version of each, kept so
-- that back-fills and an embedded classifier's start find them; a deletion on the stream deletes the row.
CREATE TABLE content_items (
    item_key    varchar(210)  PRIMARY KEY,  -- content:<source>:<id>
    source      varchar(40)   NOT NULL,
    id          varchar(120)  NOT NULL,
    title       varchar(200)  NOT NULL,
    body        text          NOT NULL,
    category    varchar(60),
    tags        text[]        NOT NULL,
    images      integer       NOT NULL,
    price       bigint,
    regions     text[]        NOT NULL,
    received_at timestamptz   NOT NULL
);
