"""Reading casualty claims (killed, injured, arrested, missing) from the parse.

Modules, in the order a claim is read:
  lexicon      models/<lang>/casualties.yaml compiled: triggers, groups, words (no spaCy)
  triggers     the Matcher patterns that find candidate trigger words
  kinds        which claim a trigger makes in its sentence, if any
  syntax       small parse readings shared by the rules (phrases, subjects, figures)
  victims      the word standing for a trigger's victims, or a toll's figure
  counts       the counted words and their number
  attachments  victims' words and group, perpetrator, place, source, scope, negation
  claims       trigger -> victims -> count -> CasualtyClaim rows, merged per counted words
The spaCy component is pipeline/components/casualties.py.
"""
