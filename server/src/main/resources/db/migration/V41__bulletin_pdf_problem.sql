-- A bulletin is issued even when its PDF cannot be rendered (no usable font): the HTML is
-- archived and sent, the pdf column stays empty and this says why, until a later run renders it.
ALTER TABLE bulletins ADD COLUMN pdf_problem TEXT;
