-- The Request with every item of Article 5(b) (R-5.1), Statements of Reasons (R-SOR.1) and documents (R-C2).

-- R-SOR.1: a platform's Statement of Reasons as imported; a draft until a Request uses it.
create table statement_of_reasons (
    id                  uuid                        not null primary key,
    imported_by         uuid                        not null references user_account (id),
    imported_at         timestamp(6) with time zone not null,
    document            varchar(100000)             not null,
    puid                varchar(500)                not null,
    platform_name       varchar(200)                not null,
    restrictions        varchar(60)                 not null,
    decision_ground     varchar(60)                 not null,
    category            varchar(100)                not null,
    keywords            varchar(4000)               not null,
    content_language    varchar(2),
    territorial_scope   varchar(200)                not null,
    content_types       varchar(400)                not null,
    application_date    date                        not null,
    source_type         varchar(60),
    automated_decision  varchar(60),
    automated_detection boolean,
    procedure_id        uuid unique references procedure (id)
);
create index statement_of_reasons_puid on statement_of_reasons (platform_name, puid);

-- 5(b)(i)–(viii): earlier Requests (before this version) keep null items.
alter table procedure add column capacity varchar(20);
alter table procedure add column representative varchar(500);
alter table procedure add column platform_reference varchar(500);
alter table procedure add column platform_correspondence_email varchar(254);
alter table procedure add column remedy varchar(10000);
alter table procedure add column requester_domicile varchar(10);
alter table procedure add column submits_to_jurisdiction boolean default false not null;
alter table procedure add column other_proceedings varchar(10000);
alter table procedure add column no_ichs_decision boolean default false not null;
alter table procedure add column statement_id uuid;
alter table procedure add column scope_flag varchar(60);
alter table procedure add column possible_duplicate_of uuid;
create index procedure_platform_reference on procedure (platform_name, platform_reference);

-- R-2: restriction types (a)–(d).
create table procedure_restriction (
    procedure_id uuid        not null references procedure (id),
    restriction  varchar(20) not null,
    primary key (procedure_id, restriction)
);

-- R-C2: documents are never changed; their bytes live apart so that listings never load them.
create table document_content (
    id    uuid  not null primary key,
    bytes bytea not null
);
create table document (
    id          uuid                        not null primary key,
    filing_id   uuid                        not null references filing (id),
    kind        varchar(30)                 not null,
    filename    varchar(200)                not null,
    media_type  varchar(100)                not null,
    size_bytes  bigint                      not null,
    sha256      varchar(64)                 not null,
    uploaded_by varchar(254)                not null,
    uploaded_at timestamp(6) with time zone not null,
    content_id  uuid                        not null unique references document_content (id)
);
create index document_filing on document (filing_id);
