-- A data migration (Django's RunSQL): the label every shop starts with.
insert into shop_label (name) values ('featured');
