-- Mediation (R-M1–R-M5): mediations and their circle, the Parties' ranked mediators, sessions, joint and caucus
-- messages, settlement agreements; the directory's certifications; feedback kept apart from the mediations it is
-- about; the case-analysis rules as data.

-- R-13.4, R-M2: an audit trail belongs to a Procedure or to a mediation; its subject id no longer references the
-- procedure table. The tables are rebuilt without that foreign key (H2 and PostgreSQL name it differently).
alter table audit_head rename to audit_head_v13;
create table audit_head (
    procedure_id    uuid        not null primary key,
    sequence_number bigint      not null,
    hash            varchar(64) not null
);
insert into audit_head (procedure_id, sequence_number, hash)
select procedure_id, sequence_number, hash from audit_head_v13;
drop table audit_head_v13;

alter table audit_entry rename to audit_entry_v13;
create table audit_entry (
    id              uuid                        not null primary key,
    procedure_id    uuid                        not null,
    sequence_number bigint                      not null,
    recorded_at     timestamp(6) with time zone not null,
    actor           varchar(254)                not null,
    what            varchar(60)                 not null,
    previous_hash   varchar(64)                 not null,
    hash            varchar(64)                 not null,
    constraint audit_entry_in_order unique (procedure_id, sequence_number)
);
insert into audit_entry (id, procedure_id, sequence_number, recorded_at, actor, what, previous_hash, hash)
select id, procedure_id, sequence_number, recorded_at, actor, what, previous_hash, hash from audit_entry_v13;
drop table audit_entry_v13;

alter table neutral_profile add column certifications varchar(200) default '' not null;
alter table neutral_profile add column listed boolean default true not null;

create table mediation (
    id                  uuid                        not null primary key,
    reference           varchar(20)                 not null unique,
    state               varchar(20)                 not null,
    summary             varchar(10000)              not null,
    language            varchar(3)                  not null,
    procedure_id        uuid                        references procedure (id),
    requested_at        timestamp(6) with time zone not null,
    agreed_at           timestamp(6) with time zone,
    mediator_email      varchar(254),
    mandate_accepted_at timestamp(6) with time zone,
    first_meeting_at    timestamp(6) with time zone,
    ended_at            timestamp(6) with time zone,
    ended_by            varchar(254),
    end_reason          varchar(2000),
    version             bigint                      not null
);
create index mediation_newest_first on mediation (requested_at, id);
create index mediation_mediator on mediation (mediator_email, state);
create index mediation_procedure on mediation (procedure_id);

create table mediation_participant (
    id           uuid                        not null primary key,
    mediation_id uuid                        not null references mediation (id),
    email        varchar(254)                not null,
    role         varchar(20)                 not null,
    side         varchar(20),
    joined_at    timestamp(6) with time zone not null,
    constraint mediation_participant_once unique (mediation_id, email)
);
create index mediation_participant_email on mediation_participant (email);

create table mediation_preference (
    mediation_id   uuid         not null references mediation (id),
    side           varchar(20)  not null,
    rank_order     integer      not null,
    mediator_email varchar(254) not null
);
create index mediation_preference_mediation on mediation_preference (mediation_id);

create table mediation_declined_mandate (
    mediation_id   uuid         not null references mediation (id),
    mediator_email varchar(254) not null
);
create index mediation_declined_mediation on mediation_declined_mandate (mediation_id);

create table mediation_session (
    mediation_id uuid                        not null references mediation (id),
    session_id   uuid                        not null,
    starts_at    timestamp(6) with time zone not null,
    place        varchar(500)                not null,
    held_at      timestamp(6) with time zone
);
create index mediation_session_mediation on mediation_session (mediation_id);

create table mediation_message (
    id           uuid                        not null primary key,
    mediation_id uuid                        not null references mediation (id),
    channel      varchar(10)                 not null,
    caucus_side  varchar(20),
    author_email varchar(254)                not null,
    author_role  varchar(20),
    author_side  varchar(20),
    text         varchar(20000)              not null,
    sent_at      timestamp(6) with time zone not null,
    released_by  varchar(254),
    released_at  timestamp(6) with time zone
);
create index mediation_message_mediation on mediation_message (mediation_id, sent_at);

create table settlement_agreement (
    id                     uuid                        not null primary key,
    mediation_id           uuid                        not null references mediation (id),
    version_number         integer                     not null,
    document_id            uuid                        not null unique references document (id),
    proposed_by            varchar(254)                not null,
    proposed_at            timestamp(6) with time zone not null,
    requesting_accepted_by varchar(254),
    requesting_accepted_at timestamp(6) with time zone,
    responding_accepted_by varchar(254),
    responding_accepted_at timestamp(6) with time zone,
    constraint settlement_agreement_version unique (mediation_id, version_number)
);

-- The receipt says that a side answered; the answer says what, for which mediator, and nothing else.
create table feedback_receipt (
    id           uuid        not null primary key,
    mediation_id uuid        not null references mediation (id),
    side         varchar(20) not null,
    mediator_id  uuid        not null references user_account (id),
    sealed       boolean     not null,
    constraint feedback_receipt_once unique (mediation_id, side)
);
create index feedback_receipt_mediator on feedback_receipt (mediator_id, sealed);

create table feedback_answer (
    id             uuid    not null primary key,
    mediator_id    uuid    not null references user_account (id),
    understanding  integer not null,
    impartiality   integer not null,
    process        integer not null,
    recommendation integer not null,
    sealed         boolean not null
);
create index feedback_answer_mediator on feedback_answer (mediator_id, sealed);

create table analysis_rule (
    id              uuid                        not null primary key,
    question        varchar(30)                 not null,
    reply           varchar(10)                 not null,
    process         varchar(30)                 not null,
    weight          integer                     not null,
    reason_en       varchar(1000)               not null,
    reason_fr       varchar(1000)               not null,
    reason_de       varchar(1000)               not null,
    source_document varchar(100)                not null,
    source_sentence varchar(1000)               not null,
    updated_by      varchar(254)                not null,
    updated_at      timestamp(6) with time zone not null,
    version         bigint                      not null
);

-- R-M5: the Center's starting rules; each reason rests on a sentence of the texts in shared/seeds (quoted as written).
insert into analysis_rule (id, question, reply, process, weight, reason_en, reason_fr, reason_de, source_document,
                           source_sentence, updated_by, updated_at, version) values
('4dad2986-ce83-4960-aa06-e9ab85a0bcc1', 'RELATIONSHIP', 'YES', 'MEDIATION', 3,
 'Mediation tends to preserve, and can even improve, the parties'' relationship.',
 'La médiation tend à préserver, voire à améliorer, la relation entre les parties.',
 'Die Mediation erhält die Beziehung der Parteien und kann sie sogar verbessern.',
 'what-is-mediation.txt',
 'Mediation is an efficient and cost-effective way of achieving that result while preserving, and at times even enhancing, the relationship of the parties.',
 'concord', current_timestamp, 0),
('2cb85f3f-4a24-439a-9d99-8017f5e2fc57', 'RELATIONSHIP', 'YES', 'NEGOTIATION', 1,
 'Negotiating directly keeps the parties working with one another.',
 'La négociation directe maintient les parties en relation de travail.',
 'Direkte Verhandlungen lassen die Parteien weiter miteinander arbeiten.',
 'mediation-vs-negotiation.txt',
 'In negotiation, parties agree to work with one another in order to get to a resolution.',
 'concord', current_timestamp, 0),
('8a4996ef-b447-40ce-b484-38b5c41f9dfd', 'RELATIONSHIP', 'YES', 'COURT', -2,
 'In court the outcome follows the facts and the law, not the parties'' future relationship.',
 'Devant un tribunal, l''issue dépend des faits et du droit, non de la relation future des parties.',
 'Vor Gericht folgt das Ergebnis den Tatsachen und dem Recht, nicht der künftigen Beziehung der Parteien.',
 'what-is-mediation.txt',
 'In court litigation or arbitration, the outcome of a case is determined by the facts of the dispute and the applicable law.',
 'concord', current_timestamp, 0),
('eae0d2c1-1c33-4464-873d-212ba950666d', 'COMMUNICATION_IMPAIRED', 'YES', 'MEDIATION', 3,
 'Where communication has broken down, a mediator guides the conversation.',
 'Lorsque la communication est rompue, un médiateur guide la conversation.',
 'Ist die Kommunikation gestört, lenkt ein Mediator das Gespräch.',
 'mediation-vs-negotiation.txt',
 'In situations where communication has been impaired, a mediator can be really helpful for guiding conversation in a positive manner.',
 'concord', current_timestamp, 0),
('d0b0090d-6259-4992-bfb8-1d2706e55426', 'COMMUNICATION_IMPAIRED', 'YES', 'NEGOTIATION', -3,
 'Negotiation needs the parties to meet and talk directly, with nobody else involved.',
 'La négociation suppose que les parties se rencontrent et se parlent directement, sans tiers.',
 'Verhandeln setzt voraus, dass sich die Parteien direkt treffen und sprechen, ohne Dritte.',
 'mediation-vs-negotiation.txt',
 'In negotiation, the disputing parties are required to meet with one another since there isn’t really anyone else involved.',
 'concord', current_timestamp, 0),
('dc159e6a-409c-48f2-ab68-b48ebf13c171', 'COMMUNICATION_IMPAIRED', 'NO', 'NEGOTIATION', 2,
 'While the parties still talk, they can settle by negotiating, relying on each other''s will to reach a result.',
 'Tant que les parties se parlent, elles peuvent régler le litige en négociant, en comptant sur la volonté de chacune d''aboutir.',
 'Solange die Parteien miteinander sprechen, können sie sich durch Verhandeln einigen, gestützt auf den Willen beider, ein Ergebnis zu erreichen.',
 'mediation-vs-negotiation.txt',
 'This means relying on the other individual to want to achieve a result.',
 'concord', current_timestamp, 0),
('a3f96f0e-5143-4d1f-8d68-615c80690847', 'BINDING_DECISION', 'YES', 'ARBITRATION', 4,
 'An arbitrator hands down a ruling that binds the parties; a mediator does not.',
 'Un arbitre rend une décision qui lie les parties ; un médiateur, non.',
 'Ein Schiedsgericht fällt einen Entscheid, der die Parteien bindet; ein Mediator nicht.',
 'mediation-vs-negotiation.txt',
 'A mediator, on the other hand, doesn’t have decision-making power and doesn’t hand down a ruling like an arbitrator or a judge might.',
 'concord', current_timestamp, 0),
('b969ec07-f1f8-4a79-af37-1d87d8a8f065', 'BINDING_DECISION', 'YES', 'COURT', 3,
 'A judge hands down a ruling that binds the parties.',
 'Un juge rend une décision qui lie les parties.',
 'Ein Gericht fällt einen Entscheid, der die Parteien bindet.',
 'mediation-vs-negotiation.txt',
 'A mediator, on the other hand, doesn’t have decision-making power and doesn’t hand down a ruling like an arbitrator or a judge might.',
 'concord', current_timestamp, 0),
('8d1a6bff-ff9a-4914-a335-e9e266cea9fa', 'BINDING_DECISION', 'YES', 'MEDIATION', -3,
 'The mediator is not a decision-maker; nobody can be forced to accept an outcome.',
 'Le médiateur ne décide pas ; personne ne peut être contraint d''accepter une issue.',
 'Der Mediator entscheidet nicht; niemand kann gezwungen werden, ein Ergebnis anzunehmen.',
 'what-is-mediation.txt',
 'Unlike an arbitrator or a judge, the mediator is not a decision-maker.',
 'concord', current_timestamp, 0),
('caa7e9bf-d007-44a1-a3cf-493f0febddf8', 'BINDING_DECISION', 'YES', 'EXPERT_DETERMINATION', -3,
 'The Neutral''s Resolution under the DCTI Rules is a non-binding recommendation.',
 'La Résolution du Neutre selon le Règlement DCTI est une recommandation non contraignante.',
 'Die Resolution des Neutralen nach den DCTI-Regeln ist eine unverbindliche Empfehlung.',
 'dcti-rules.txt',
 '(iii) render a non-binding recommendation to the Parties on the matter referred to the Neutral;',
 'concord', current_timestamp, 0),
('e1ff83ab-26a2-458f-b252-1553e014be00', 'BINDING_DECISION', 'NO', 'MEDIATION', 2,
 'Mediation is non-binding and confidential, so it carries little risk.',
 'La médiation n''est pas contraignante et reste confidentielle : elle comporte peu de risques.',
 'Die Mediation ist unverbindlich und vertraulich und birgt daher wenig Risiko.',
 'what-is-mediation.txt',
 'Because mediation is non-binding and confidential, it involves minimal risk for the parties and generates significant benefits.',
 'concord', current_timestamp, 0),
('cd425ec3-8f13-4999-8869-510db4a02517', 'CONFIDENTIALITY', 'YES', 'MEDIATION', 2,
 'The existence and outcome of a mediation are confidential.',
 'L''existence et l''issue d''une médiation sont confidentielles.',
 'Bestehen und Ergebnis einer Mediation sind vertraulich.',
 'what-is-mediation.txt',
 'Under the WIPO Mediation Rules, the existence and outcome of the mediation are also confidential.',
 'concord', current_timestamp, 0),
('54bec7d8-35c3-4744-af92-9a91f4873115', 'CONFIDENTIALITY', 'YES', 'EXPERT_DETERMINATION', 1,
 'Everyone in a DCTI Procedure keeps it confidential, its existence included.',
 'Toutes les personnes impliquées dans une procédure DCTI en préservent la confidentialité, y compris son existence.',
 'Alle Beteiligten eines DCTI-Verfahrens wahren dessen Vertraulichkeit, auch über sein Bestehen.',
 'dcti-rules.txt',
 '(a) Each person involved in the Procedure, including, in particular, the Parties and their representatives and advisors, the Neutral and the Center, shall maintain the confidentiality of the Procedure and may not use or disclose to any outside party the Resolution or any information concerning, or obtained exclusively in the course of the Procedure, including its existence, except to the extent that:',
 'concord', current_timestamp, 0),
('b730d88f-e1e8-44aa-9f9d-b8dd8a3b09dd', 'CONFIDENTIALITY', 'YES', 'COURT', -2,
 'Mediation lets the parties negotiate without fear of publicity, which court proceedings do not offer.',
 'La médiation permet de négocier sans crainte de publicité, ce que la procédure judiciaire n''offre pas.',
 'Die Mediation erlaubt Verhandlungen ohne Furcht vor Öffentlichkeit, was ein Gerichtsverfahren nicht bietet.',
 'what-is-mediation.txt',
 'Mediation''s confidentiality allows the parties to negotiate more freely and productively, without fear of publicity.',
 'concord', current_timestamp, 0),
('68e06b0c-4f27-435c-91b5-aecda386a3a0', 'URGENT', 'YES', 'EXPERT_DETERMINATION', 2,
 'A DCTI Resolution is due within 30 days of the Neutral''s appointment.',
 'Une Résolution DCTI est due dans les 30 jours suivant la nomination du Neutre.',
 'Eine DCTI-Resolution ist binnen 30 Tagen nach der Ernennung des Neutralen fällig.',
 'dcti-rules.txt',
 '(vii) be forwarded by the Neutral to the Center within thirty (30) calendar days of the Neutral’s appointment.',
 'concord', current_timestamp, 0),
('dbd5f6d2-f095-49af-81dd-a9da14f50791', 'URGENT', 'YES', 'MEDIATION', 1,
 'Mediation is an efficient way to reach a settlement.',
 'La médiation est un moyen efficace de parvenir à un accord.',
 'Die Mediation ist ein effizienter Weg zu einer Einigung.',
 'what-is-mediation.txt',
 'Mediation is an efficient and cost-effective way of achieving that result while preserving, and at times even enhancing, the relationship of the parties.',
 'concord', current_timestamp, 0),
('9995d8aa-ff0f-4b81-a3e2-889c795e846b', 'COST_SENSITIVE', 'YES', 'MEDIATION', 2,
 'Mediation is a cost-effective way to settle.',
 'La médiation est un moyen économique de régler un litige.',
 'Die Mediation ist ein kostengünstiger Weg zur Einigung.',
 'what-is-mediation.txt',
 'Mediation is an efficient and cost-effective way of achieving that result while preserving, and at times even enhancing, the relationship of the parties.',
 'concord', current_timestamp, 0),
('689edcd6-cfec-4e2c-aebf-999324405d96', 'COST_SENSITIVE', 'YES', 'COURT', -2,
 'Litigation often ends in settlement anyway; mediation gets there at lower cost.',
 'Un procès se termine souvent par un accord ; la médiation y parvient à moindre coût.',
 'Ein Prozess endet oft ohnehin mit einer Einigung; die Mediation erreicht sie kostengünstiger.',
 'what-is-mediation.txt',
 'Experience shows that intellectual property litigation often ends in settlement.',
 'concord', current_timestamp, 0),
('561d2417-eb83-4ba8-818d-ced3d0398c72', 'CROSS_BORDER', 'YES', 'ARBITRATION', 2,
 'Arbitral awards are enforceable across borders; mediated settlements are not yet everywhere.',
 'Les sentences arbitrales sont exécutoires à l''étranger ; les accords de médiation ne le sont pas encore partout.',
 'Schiedssprüche sind grenzüberschreitend vollstreckbar; Mediationsvergleiche noch nicht überall.',
 'mediation-institute-vision.txt',
 'Mediated settlements need to be internationally enforceable, like arbitral awards.',
 'concord', current_timestamp, 0),
('925b1ec9-5f48-47bc-aeca-ce3c0490ca26', 'CROSS_BORDER', 'NO', 'COURT', 2,
 'Within one country, the cross-border enforceability that favours arbitration does not count; a court''s judgment binds and is enforced there.',
 'Dans un seul pays, l''exécution transfrontière qui favorise l''arbitrage ne compte pas ; le jugement d''un tribunal y lie les parties et y est exécuté.',
 'Innerhalb eines Landes zählt die grenzüberschreitende Vollstreckbarkeit, die für ein Schiedsverfahren spricht, nicht; ein Urteil bindet und wird dort vollstreckt.',
 'mediation-institute-vision.txt',
 'Mediated settlements need to be internationally enforceable, like arbitral awards.',
 'concord', current_timestamp, 0),
('bd27b4f2-c085-4ac9-a599-e3580d3a2dc6', 'CROSS_BORDER', 'YES', 'MEDIATION', 1,
 'Certified mediators work across countries, some with an inter-cultural certification.',
 'Des médiateurs certifiés exercent dans plusieurs pays, certains avec une certification interculturelle.',
 'Zertifizierte Mediatoren arbeiten länderübergreifend, manche mit interkultureller Zertifizierung.',
 'mediation-institute-vision.txt',
 'IMI has established criteria for IMI Inter-Cultural Certification (launched April 2012) and for IMI Certified Mediation Advocates.',
 'concord', current_timestamp, 0),
('7a2c3b72-f5a2-424a-8ce0-2d285ac9cd0e', 'PLATFORM_DECISION', 'YES', 'EXPERT_DETERMINATION', 6,
 'The DCTI Rules are made for disputes about an online platform''s Statement of Reasons on copyright or trademark infringement.',
 'Le Règlement DCTI est conçu pour les litiges sur l''exposé des motifs d''une plateforme en ligne en matière de droit d''auteur ou de marque.',
 'Die DCTI-Regeln sind für Streitigkeiten über die Begründung einer Online-Plattform zu Urheber- oder Markenrechtsverletzungen gemacht.',
 'dcti-rules.txt',
 'These Rules apply to a dispute between the Parties regarding a Statement of Reasons or a decision of the Internal Complaint-Handling System relating to Copyright Infringement or Trademark Infringement.',
 'concord', current_timestamp, 0),
('01520627-c63d-4f69-947f-eaa35ff4cb50', 'PLATFORM_DECISION', 'NO', 'EXPERT_DETERMINATION', -6,
 'Expert determination under the DCTI Rules covers only disputes about a platform''s Statement of Reasons.',
 'L''expertise selon le Règlement DCTI ne couvre que les litiges sur l''exposé des motifs d''une plateforme.',
 'Die Expertenentscheidung nach den DCTI-Regeln betrifft nur Streitigkeiten über die Begründung einer Plattform.',
 'dcti-rules.txt',
 'These Rules apply to a dispute between the Parties regarding a Statement of Reasons or a decision of the Internal Complaint-Handling System relating to Copyright Infringement or Trademark Infringement.',
 'concord', current_timestamp, 0);
