-- R-3.4: business days depend on each Party's domicile (country, optionally a subdivision such as DE-BY).
alter table user_account add column domicile varchar(10);
