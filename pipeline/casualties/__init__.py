"""Reading casualty claims (killed, injured, arrested, missing) from the parse.

Modules, in the order a claim is read:
  lexicon      models/<lang>/casualties.yaml compiled: triggers, groups, words (no spaCy)
  triggers     the Matcher patterns that find candidate trigger words
  kinds        which claim a trigger makes in its sentence, if any
  crimes       crime nouns that name a death ("the slaying of a 7-year-old")
  grammar      the parser's labels and tags per language, as roles ("passive subject")
  syntax       small parse readings shared by the rules (phrases, subjects, figures)
  people       whether a word names a person, and one person
  victims      the word standing for a trigger's victims, or a toll's figure
  counts       the counted words and their number
  coordination listed victims: conjuncts, appositions, a headline's comma list
  attachments  victims' words and group, perpetrator, place, source, scope, negation
  claims       trigger -> victims -> count -> CasualtyClaim rows, merged per counted words
  titles       an article's title read as a headline: which to parse, its words given back
  headline_prose a title's headline grammar rewritten where the small model misreads it
  headlines    Title Case lines inside a body, read again in lower case
The spaCy component is pipeline/components/casualties.py.
"""
