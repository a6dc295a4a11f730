-- The unit's own OGI entry page when its OGI lives on a platform shared by many units
-- (a city-wide zwgk.<city>.gov.cn, the provincial platform): optional, crawled after the homepage.
ALTER TABLE units ADD COLUMN ogi_url TEXT;
