"""The text tables of the catalogue, one module per part of the program, each a plain
``TEXTS`` dict. `veldwerk.texts.sources` lists them; a new module is added there, by hand."""
