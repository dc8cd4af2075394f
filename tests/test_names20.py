"""Name readings added in session 23, round names20, from the name renders of blind18 and blind14 the detector
missed and from wordings of our own.

``python benchmarks/consistency_misses.py --split S --kind name_inconsistency --contexts 3`` listed 31 missed renders
of 210 and one near-miss alarm on blind18, 16 of 183 on blind14; the classes that recur were read in general and are
tested here with sentences of our own (other people, other wording), each with near-misses that must stay silent:

- positions: a capitalised word after a comma or a colon that follows a word in lower case is mid-sentence (a
  list's last item, what a colon introduces); a few more irregular pasts after a sentence-opening surname ("put",
  "sat", "stood", "kept", "heard", "saw", "chose"), or an age in apposition ("Entwisle, 71,"), a colon before a
  quotation, "himself"/"herself", "and his/her", "may", "might", "must", a negated auxiliary ("wasn't"), "got",
  "began", "wept", an age in parentheses, "— who", "for his/her part", a verb with "his"/"her", or an apposition
  naming a role ("X, a retired teacher,") after it; titles read only abbreviated ("Insp.", "Det.", "Maj.",
  "Brig.", "Adm.", "Cdr.", "Fr."); a double letter written single before a final s ("Sowerbuts" after
  "Sowerbutts");
- spellings of one language: South Slavic "đ" as "dj" when a letter of that alphabet ("ć", "č", "š", "ž") is in
  the name ("Đurić"/"Djuric"); West African "Di" before a vowel for "J" and a final "-ow" for "-o"
  ("Diallo"/"Jallow"); Nguni "Tsh" for "Sh" ("Tshabalala"/"Shabalala"); a final "ya" for "ia"
  ("Zhukovskaya"/"Joukovskaia");
- "at" after a verb of looking, gesturing or shouting ("glared at", "jeered at", "smiled at") has a person after
  it, not a place; Indonesian names in the spelling before 1972 ("Tjahjani"/"Cahyani"); German and Polish "j"
  after a consonant for "y" and a final "-ow" for "-ov" ("Worobjow"/"Vorobyov");
- Spanish "b" and "v" in names Spanish in shape ("Baldivieso"/"Valdivieso"); the Bengali surnames in their
  Sanskritised and anglicised spellings (lexicons/name_romanisations.tsv: "Chattopadhyay"/"Chatterjee",
  "Bhattacharya"/"Bhattacharjee");
- Scots "z" for the yogh, read "y", before "ie" ("Dalziel"/"Dalyell"); Sesotho "o" before a vowel for South
  Africa's "w" ("Moshoeshoe"/"Moshweshwe");
- a German romanisation of a Russian, Ukrainian or Persian name ("ch" as "kh" on seven letters or more, "z" as
  "ts", "j" as "y", "-yj" as "-y", an opening "s" as "z" on a Slavic ending: "Jelzin"/"Yeltsin",
  "Chodorkowski"/"Khodorkovsky", "Selenskyj"/"Zelensky"); a final long u written "oo" or "u" ("Naidoo"/"Naidu");
- Quechua and Nahuatl "hu" before a vowel for "w" ("Huanca"/"Wanka"), Kurdish "x" for "kh" ("Xidir"/"Khidir";
  "Xelîl" joins the Khalil group of lexicons/name_romanisations.tsv);
- the generic "vessel" and "boat" before a capitalised word name the vessel (the near-miss alarm).

Figures are in benchmarks/results/names20_dev.md and features/consistency.md ("Session 23, names20").
"""

from __future__ import annotations

import pytest

from reliability.article import Article
from reliability.features.consistency import extract_consistency


def _pairs(text: str) -> list[str]:
    measurement = extract_consistency(Article(text))["name_inconsistency"]
    return [text[span[0]:span[1]] for span in measurement.spans]


@pytest.mark.parametrize(("text", "pair"), [
    # a colon's word, closing the sentence or not
    ("The potter Winifred Ashcombe fired a vase for the cathedral. Only one name is scratched into its base: Ashcomb.",
     ["Winifred Ashcombe", "Ashcomb"]),
    ("The harpist Rosalind Treharne won the competition. The judges had one name on their lips: Treharn, and nobody else.",
     ["Rosalind Treharne", "Treharn"]),
    # a list's last item after a comma
    ("The council named Ottilie Brackenbury as its new clerk. Those who held the post include a vicar, a banker and, "
     "since Monday, Brackenbery.", ["Ottilie Brackenbury", "Brackenbery"]),
    ("The inquiry heard from Cuthbert Fenwicke on Tuesday. Among the witnesses were two nurses, a porter, Fenwike.",
     ["Cuthbert Fenwicke", "Fenwike"]),
    # a sentence-opening surname before one of the added pasts
    ("The surveyor Leopold Marchbanks walked the flooded fields. Marshbanks put it bluntly: the river will win.",
     ["Leopold Marchbanks", "Marshbanks"]),
    ("The magistrate Imogen Haverstock heard the case in private. Haverstok sat alone for an hour before ruling.",
     ["Imogen Haverstock", "Haverstok"]),
    # a sentence-opening surname marked as a person: an age in apposition, a colon before a quotation, a
    # reflexive, "and his/her"
    ("The thatcher Barnaby Ollerenshaw roofed the chapel in June. Olerenshaw, 64, says it is his last roof.",
     ["Barnaby Ollerenshaw", "Olerenshaw"]),
    ("The diver Marguerite Penhaligon found the wreck last spring. Penhalligon: \"We nearly gave up twice.\"",
     ["Marguerite Penhaligon", "Penhalligon"]),
    ("The cook Horatio Blennerhassett fed the whole village at Christmas. Blenerhassett himself ate nothing.",
     ["Horatio Blennerhassett", "Blenerhassett"]),
    ("The farmer Gwendolen Attenborrow lost a barn to the flood. Atenborrow and her sons rebuilt it in a month.",
     ["Gwendolen Attenborrow", "Atenborrow"]),
    # ... "may", a modal or a negated auxiliary, "got"/"began", an age in parentheses, "— who", "for his part"
    ("The glazier Wilhelmina Postlethwaite mended the rose window. Postlethwait may return to fit the last pane.",
     ["Wilhelmina Postlethwaite", "Postlethwait"]),
    ("The warden Crispin Trelawney locked the gates at dusk. Trelawny wasn\u2019t told about the intruders.",
     ["Crispin Trelawney", "Trelawny"]),
    ("The jockey Ferdinand Cavendish won the Gold Cup on Saturday. Cavendesh (34) began riding at nine.",
     ["Ferdinand Cavendish", "Cavendesh"]),
    ("The curator Perpetua Wolstenholme bought the painting in Paris. Wolstenholm \u2014 who speaks five languages "
     "\u2014 haggled for a week.", ["Perpetua Wolstenholme", "Wolstenholm"]),
    ("The mayor Ignatius Thistlethwaite opposed the plan. Thistlethwayte, for his part, says he will vote no.",
     ["Ignatius Thistlethwaite", "Thistlethwayte"]),
    # ... a verb whose object is his or hers, "wept"
    ("The beekeeper Rosamund Pettigrew lost three hives to vandals. Pettigrow lost her shed as well.",
     ["Rosamund Pettigrew", "Pettigrow"]),
    ("The groom Cornelius Ambleside was left at the altar on Saturday. Amblesyde wept.",
     ["Cornelius Ambleside", "Amblesyde"]),
    # ... an apposition naming a role (lexicons/attribution_roles.tsv)
    ("The bell-ringer Gwendoline Fotheringay rang for six hours. Fotheringey, a retired teacher, has rung since 1970.",
     ["Gwendoline Fotheringay", "Fotheringey"]),
    # "at" after a verb of looking, gesturing or shouting: a person, not a place
    ("The witness Ottoline Marchetti gave evidence at the trial. The defendant glared at Marcheti throughout.",
     ["Ottoline Marchetti", "Marcheti"]),
    ("The referee Barnabas Whitlock sent off two players. Fans in the stand jeered at Whitlok for an hour.",
     ["Barnabas Whitlock", "Whitlok"]),
    # Indonesian spellings before 1972; German and Polish "j" for "y" after a consonant, "-ow" for "-ov"
    ("The batik maker Sri Tjahjono opened a gallery in Leeds. \"Every cloth takes a month,\" Cahyono said.",
     ["Sri Tjahjono", "Cahyono"]),
    ("The conductor Pyotr Grigoryev returned to the orchestra. \"I missed them,\" Grigorjew said.",
     ["Pyotr Grigoryev", "Grigorjew"]),
    # Spanish b and v; the Bengali surnames in their Sanskritised and anglicised spellings (lexicon)
    ("The cellist Marisol Echeverría gave a recital in the cathedral. \"The acoustics are kind,\" Echebarria said.",
     ["Marisol Echeverría", "Echebarria"]),
    ("The goalkeeper Tomás Villalobos saved two penalties. \"I guessed right,\" Billalobos said.",
     ["Tomás Villalobos", "Billalobos"]),
    ("The novelist Anjali Chattopadhyay won the prize on Thursday. \"I am stunned,\" Chatterjee said.",
     ["Anjali Chattopadhyay", "Chatterjee"]),
    # Scots "z" (yogh) read "y" before "ie"; Sesotho "o" before a vowel for "w"
    ("The ferryman Hamish Dalziel rowed the minister across the loch. Dalyell refused any payment.",
     ["Hamish Dalziel", "Dalyell"]),
    ("The chief Lerato Moshoeshoe opened the new clinic on Friday. \"Health is wealth,\" Moshweshwe said.",
     ["Lerato Moshoeshoe", "Moshweshwe"]),
    # German romanisations of Russian, Ukrainian and Persian names; a final long u written "oo" or "u"
    ("The cosmonaut Pavel Yakovlev landed safely on Tuesday. \"The view was endless,\" Jakowlew said.",
     ["Pavel Yakovlev", "Jakowlew"]),
    ("The violinist Oleg Khodasevich played Bach in the abbey. \"The echo helps,\" Chodassewitsch said.",
     ["Oleg Khodasevich", "Chodassewitsch"]),
    ("The chess coach Irina Kuznetsova retired on Sunday. \"I will still play,\" Kusnezowa said.",
     ["Irina Kuznetsova", "Kusnezowa"]),
    ("The surgeon Kamala Naidoo was honoured in Durban. \"The team did it,\" Naidu said.",
     ["Kamala Naidoo", "Naidu"]),
    # Quechua "hu" before a vowel for "w"; Kurdish "x" for "kh"
    ("The weaver Florentina Huarachi sold her shawls at the fair. \"Each one is a story,\" Warachi said.",
     ["Florentina Huarachi", "Warachi"]),
    ("The poet Berfin Xidirî read in the library on Monday. \"Words travel,\" Khidiri said.",
     ["Berfin Xidirî", "Khidiri"]),
    # (the Hmong clan names were tried in the lexicon and withdrawn: "Xiong" would leave the pinyin key it shares
    # with Wade-Giles "Hsiung")
    ("The painter Li Xiong opened a studio in Glasgow. \"The light is grey and kind,\" Hsiung said.",
     ["Li Xiong", "Hsiung"]),
    # titles read only abbreviated
    ("Winston Abercrombie led the search for the missing boy. Officers praised Det. Abercrombe for his patience.",
     ["Winston Abercrombie", "Abercrombe"]),
    ("Rupert Fairclough commanded the garrison for a decade. A plaque to Maj. Fairclogh was unveiled on Friday.",
     ["Rupert Fairclough", "Fairclogh"]),
    # a double letter written single before a final s
    ("The organist Cecily Higginbotts played for the last time on Sunday. The choir sang in Higginbots's honour.",
     ["Cecily Higginbotts", "Higginbots's"]),
    # South Slavic "đ"
    ("The goalkeeper Nikola Đukić signed a new contract on Monday. \"I am happy here,\" Djukic said.",
     ["Nikola Đukić", "Djukic"]),
    ("The sculptor Mirjana Djordjević unveiled her statue in the square. \"It took a year,\" Đorđević said.",
     ["Mirjana Djordjević", "Đorđević"]),
    # West African "Di"/"J", "-o"/"-ow"
    ("The striker Ousmane Diarra scored twice on Saturday. \"The team made it easy,\" Jarra said.",
     ["Ousmane Diarra", "Jarra"]),
    ("The trader Binta Jallow opened a second shop this month. \"Business is good,\" Diallo said.",
     ["Binta Jallow", "Diallo"]),
    # Nguni "Tsh"/"Sh"
    ("The choir leader Nomvula Shabangu took the group to Cape Town. \"We sang our hearts out,\" Tshabangu said.",
     ["Nomvula Shabangu", "Tshabangu"]),
    # a final "ya"/"ia"
    ("The chess player Darya Sokolovskaya won the title. \"It was a long game,\" Sokolovskaia said.",
     ["Darya Sokolovskaya", "Sokolovskaia"]),
])
def test_reads(text: str, pair: list[str]) -> None:
    assert _pairs(text) == pair


@pytest.mark.parametrize("text", [
    # a colon or comma before a list of places: the word before is capitalised, or the places are named as such
    "The rambler Edith Carrow walked across Cumbria, Carlow and Wicklow this summer.",
    "The band played three towns: Barrow, Carlow and Ware. Edith Carrow sang in all of them.",
    # two people with look-alike names, the second introduced in full after a colon
    "The painter Harriet Sowerby exhibited in May. The prize went to her pupil: Harriet Sowerbutts.",
    # a different name, not one letter doubled ("Watts" and "Watt" are two surnames)
    "The baker Gordon Watts won the prize. His rival, Watt, said the bread was too salty.",
    # Vietnamese "Đ" is "D" in English-language copy: "Dang" is the same name and no "dj" is read into it
    "The minister Đặng Văn Minh visited Hanoi. Dang said the talks had gone well.",
    # "Di" before a consonant, and a name that is not "J" + the rest
    "The tenor Modibo Diarra sang on Friday. \"It was an honour,\" Jarvis said.",
    "The designer Lucia Dimarco showed her collection. \"It is for everyone,\" Jmarco said.",
    # "Tsh" against another name
    "The poet Thandi Tshabalala read at the festival. \"Poetry heals,\" Sabalala said.",
    # the generic vessel and boat before a ship's name
    "Delia Harbottle painted the research vessel Harbotle on the pier wall. Harbottle used ten litres of paint.",
    "The fisherman Ezra Penhallow mended the boat Penhalow all winter. Penhallow launched it in April.",
    # a number after a place is no age ("12 miles away"), a year is no age, and the same name with "himself"
    "The carpenter Bartholomew Entwistle lives in Carlton. Carleton, 12 miles away, has no church.",
    "The carpenter Bartholomew Entwistle built the new pulpit. Entwistle himself was modest about it.",
    # a place introduced by a colon and a quotation, not a person
    "The carpenter Bartholomew Entwistle visited Wexford. Wexfird: \"A town of bridges,\" the guide calls it.",
    # a number in parentheses after a place is no age; the same name; "which" after a dash is no person's
    "The carpenter Bartholomew Entwistle lives near Carlton. Carleton (12) is a hamlet.",
    "The carpenter Bartholomew Entwistle built the new pulpit. Entwistle (71) chose the oak.",
    "The singer Edith Carrow moved in May. Carlow \u2014 which floods every winter \u2014 is nearby.",
    # an apposition naming a place
    "The singer Edith Carrow moved in May. Carlow, a market town, is nearby.",
    # "its" is no person's
    "The singer Edith Carrow moved in May. Carlow lost its bridge in the flood.",
    # "at" after a verb of arriving still names a place
    "The singer Edith Carrow moved to the coast in May. Tourists arrive at Carlow by ferry.",
    # another Indonesian or Slavic name, not the old spelling of the first
    "The batik maker Sri Tjahjono opened a gallery. \"Every cloth takes a month,\" Cahyani said.",
    "The boxer Taras Kostjuk won on points. \"He was strong,\" Kostyak said.",
    # a final "-ow" is not any vowel ending
    "The trader Binta Jallow opened a second shop. \"Business is good,\" Jalla said.",
    # b and v in names that are not Spanish in shape are two surnames; two Bengali surnames are two
    "The engineer Sarah Vickers inspected the bridge. \"It is sound,\" Bickers said.",
    "The potter Anne Verger fired the kiln. \"It is hot,\" Berger said.",
    "The novelist Anjali Banerjee won the prize. \"I am stunned,\" Chatterjee said.",
    # German "oe" is no Sesotho "o"; a w that is no yogh
    "The official Greta Schroeder spoke on Monday. \"It is good,\" Schweder said.",
    "The official Alasdair Dalziel spoke on Monday. \"It is good,\" Dalwell said.",
    # German readings on short or non-Slavic names: two surnames ("Khanna"/"Channa", "Sander"/"Zander", "Chan"/"Khan")
    "The official Amir Khanna spoke on Monday. \"It is good,\" Channa said.",
    "The official Anna Sander spoke on Monday. \"It is good,\" Zander said.",
    "The official Jackie Chan spoke on Monday. \"It is good,\" Khan said.",
    # a final "o" is no long u
    "The official Anna Bado spoke on Monday. \"It is good,\" Badoo said.",
    # two Chinese surnames ("Huang" is not "Wang": too short for the Quechua reading)
    "The official Rosa Huang spoke on Monday. \"It is good,\" Wang said.",
    # a title abbreviation before a name that is the same person's
    "Winston Abercrombie led the search. Officers praised Det. Abercrombie for his patience.",
])
def test_near_misses(text: str) -> None:
    assert _pairs(text) == []
