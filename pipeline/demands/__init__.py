"""Reading protesters' demands (and officials' calls, proposals, promises) from the parse.

Modules, in the order a demand is read:
  lexicon   models/<lang>/demands.yaml compiled: triggers, types, word lists (no spaCy)
  context   the per-document values passed to every reader (people named, lexicon)
  kinds     which use of a trigger counts: kind, negation, hypotheticals, rejection
  content   where the demanded content sits in the parse
  extent    how far it reaches where the parse cuts it short or runs on
  items     a list split into items, each typed
  targets   whom an item is about, as the entities table's canonical names
  actors    who demands
  extract   trigger -> content -> items -> Demand rows
The spaCy component is pipeline/components/demands.py.
"""
