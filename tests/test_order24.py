"""Round order24: order readings written in this round's own words.

- Lexicon (``lexicons/life_cycle_stages.tsv``): demobilisation after enlisting (membership); a keel laid before the
  launch (vessel); a plan drawn up or drafted before it is approved, adopted or rejected (plan); a shortlisting or
  nomination before the award is won, collected or received, told with "the award/prize" (prize); a start "as"
  something ("began as", "started out as", "apprenticed") before a rise ("rose to", "promoted", "worked her way
  up") (rank); a first draft before the work is sent to publishers or published (manuscript); a walk-out before
  the return to work (strike); a suspension before the reinstatement (suspension); an evacuation before the return
  (evacuation); chains of the world written from own-wording probes, not from any set: a bankruptcy filing before
  the emergence from it, an escape before the recapture, a theft before the thing "was recovered", an outbreak of
  fire before it is brought under control or extinguished, an election before taking one's seat, a grounding
  before the refloating, a listing before a delisting, a retirement before coming out of it, a launch before
  re-entry, a disappearance before the body is found, a conviction before it is quashed, a take-off before a
  crash, falling ill before recovering, entering hospital before leaving it, a veto before it is overridden, a
  poll before its annulment, a first detection before eradication, a pregnancy before the birth, a postponement
  before the replay, a law's passage before it comes into force, an accession to the throne before the coronation
  and the abdication; a maiden flight before the aircraft enters service, a publication or release before a
  reprint or reissue, an injury before the return to action, an appointment before the reappointment, a seizure
  of power before the overthrow, a debut or turning professional before the retirement.
- Death ends a person's chains: nothing of an office, a membership, an education, a career, a rank or the bench
  comes after "died" (unless told as posthumous); a law is challenged in court only after it is passed.
- The first phase in a relative clause on the sentence's subject ("The strike, which began on D1, ended on D2").
- "No sooner had X D1 than Y D2", "Hardly/Scarcely/Barely had X D1 when Y D2": Y follows X.
- A pronoun subject after "and" when the first clause's subject carries a possessive ("His father was admitted
  ... and he was discharged ..."): the pronoun may be the owner, so the stage pair is not read.
- The built vessel named back after its keel ("..., and the finished hull/the ship was launched").
- A verb that declares the stage ("discharged as cured").
- A hospital or prison after "from" is where the stay was spent, not another object; a saint's possessive in its
  name is not another owner.
- A firm's name of two names joined by "&" is one name for a fronted participle's subject.
- A return to the place of the clause before ("and returned/went back there", "and returned to <the same name>")
  comes after the stay told there.
- A day without its year told as an uncounted interval ("some weeks", "a few days", "days") after or before a full
  date of its sentence, which falls on the wrong side in that date's year and too far on the told side in the next
  (previous) one; also told after the full date: "D1. (Some) weeks later, on D2, ...", "..., on D2, some weeks
  later", "Days earlier, on D2, ...".
- "later"/"then" opening a sentence times its clause, not a date attached to a noun ("later blamed the landslide
  of D2", "the 1955 landslide").

Positives are checked for their one conflict and the exact spans of both dates, with and without a publication
date; near-misses must raise no order conflict (other kinds are listed where an older reading gives them).
"""

from __future__ import annotations

import datetime

import pytest

from reliability.features.temporal import analyse_dates

PUBLISHED = datetime.date(2016, 9, 27)


def _conflicts(text: str, published: datetime.date | None = None) -> list[tuple[str, tuple[tuple[int, int], ...]]]:
    return [(conflict.kind, conflict.spans) for conflict in analyse_dates(text, published=published).conflicts]


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return (start, start + len(part))


POSITIVES = [
    # demobilisation after enlisting
    ("Harold Finch enlisted in the Royal Engineers in March 1943 and was demobbed in June 1941.", "March 1943", "June 1941"),
    ("Her grandfather enlisted on 2 May 1917 and was demobilized on 11 January 1916.", "2 May 1917", "11 January 1916"),
    ("Corporal Amos Tull enlisted in 1940; he was mustered out in 1938.", "1940", "1938"),
    # the keel before the launch
    ("Work on the trawler Sea Lark began when her keel was laid at Grimsby in May 1958, and the ship was launched "
     "in April 1957.", "May 1958", "April 1957"),
    ("The shipyard laid the keel of the ferry Orla in October 2003, and she was launched in July 2002.",
     "October 2003", "July 2002"),
    ("The frigate Ardent's keel was laid on 3 March 1911 and the completed hull was launched on 9 June 1910.",
     "3 March 1911", "9 June 1910"),
    # a plan drafted before it is decided on
    ("A new timetable was drafted in June 1998 and adopted by the rail board in January 1997.", "June 1998", "January 1997"),
    ("The rescue package was drawn up in 2009 and rejected by creditors in 2007.", "2009", "2007"),
    # a shortlisting before the award itself
    ("Mara Quell was longlisted for the Orwell Prize in March 2012 and won the prize in February 2011.",
     "March 2012", "February 2011"),
    ("The novel was shortlisted on 4 September 2015 and won the prize on 2 June 2014.",
     "4 September 2015", "2 June 2014"),
    ("The short film was nominated in January 2001 and picked up the award in March 2000.", "January 2001", "March 2000"),
    # a start "as" something before the rise
    ("Dana Pruitt started out as a cub reporter at the Ledger in 1981 and rose to editor in 1979.", "1981", "1979"),
    ("He began as a teller at the bank in 1964 and worked his way up to chief executive in 1960.", "1964", "1960"),
    ("Ivo Marsh was apprenticed to a printer in 1890 and promoted to foreman in 1887.", "1890", "1887"),
    ("Ruth Kane joined the Ledger in 1990 and rose to deputy editor in 1986.", "1990", "1986"),
    ("Tam Odell began as a street busker in 1972 and rose to fame in 1965.", "1972", "1965"),
    # a first draft, a strike, a suspension, an evacuation
    ("The first draft of the play was finished in 2003, and the script was sent to the publishers in 2001.", "2003", "2001"),
    ("Cleaners at the hospital walked out on 3 May 1989 and returned to work on 2 April 1989.", "3 May 1989", "2 April 1989"),
    ("Ayo Bello was suspended by the club in March 2011 and reinstated in January 2011.", "March 2011", "January 2011"),
    ("Villagers near the volcano were evacuated on 9 June 1991 and allowed back on 1 June 1991.", "9 June 1991", "1 June 1991"),
    # chains of the world (own wordings)
    ("Calder Steel filed for bankruptcy in March 2009 and emerged from bankruptcy in June 2008.", "March 2009", "June 2008"),
    ("Two inmates escaped on 3 May 1990 and were recaptured on 1 May 1990.", "3 May 1990", "1 May 1990"),
    ("The Vermeer was stolen from the gallery in 1990 and was recovered in Lyon in 1985.", "1990", "1985"),
    ("A fire broke out at the Tolley mill on 3 May 1990 and was brought under control on 1 May 1990.",
     "3 May 1990", "1 May 1990"),
    ("Rhian Iles was elected in May 2010 and took her seat in March 2010.", "May 2010", "March 2010"),
    ("The tanker ran aground off Carrow on 3 May 1990 and was refloated on 1 May 1990.", "3 May 1990", "1 May 1990"),
    ("Vic Moss retired in 2001 and came out of retirement in 1999.", "2001", "1999"),
    ("The climber went missing on 3 May 1990, and his body was recovered on 1 May 1990.", "3 May 1990", "1 May 1990"),
    ("She was convicted in 1990; her conviction was quashed in 1985.", "1990", "1985"),
    ("The airliner took off on 3 May 1990 and crashed on 1 May 1990.", "3 May 1990", "1 May 1990"),
    ("He entered hospital on 3 May 1990 and left hospital on 1 May 1990.", "3 May 1990", "1 May 1990"),
    ("The bill was vetoed in 1990 and the veto was overridden in 1985.", "1990", "1985"),
    ("She became pregnant in 1990 and gave birth in 1985.", "1990", "1985"),
    ("The derby was postponed on 3 May 1990 and replayed on 1 May 1990.", "3 May 1990", "1 May 1990"),
    ("The act was passed in 1990 and came into force in 1985.", "1990", "1985"),
    ("Edwin ascended the throne in 1990 and was crowned in 1985.", "1990", "1985"),
    # death last; a challenge after the passage; a relative-clause phase; "no sooner ... than"
    ("Ed Marsh was elected to the council in 1990 and died in 1985.", "1990", "1985"),
    ("Ed Marsh retired on 3 May 1990 and died on 1 April 1990, barely a month into his retirement.",
     "3 May 1990", "1 April 1990"),
    ("The law, passed on 3 May 1990, was challenged in court on 1 April 1990.", "3 May 1990", "1 April 1990"),
    ("The dock strike, which began on 3 May 1990, ended on 1 April 1990.", "3 May 1990", "1 April 1990"),
    ("No sooner had the truce begun on 3 May 1990 than fighting resumed on 1 April 1990.", "3 May 1990", "1 April 1990"),
    ("Scarcely had the polls closed on 3 May 1990 when riots broke out on 1 April 1990.", "3 May 1990", "1 April 1990"),
    # "closed its doors" is the closing itself
    ("The Tolley museum opened in 1990 and closed its doors in 1985.", "1990", "1985"),
    ("The airliner made its maiden flight in 1990 and entered service in 1985.", "1990", "1985"),
    ("The memoir was published in 1990 and reprinted in 1985.", "1990", "1985"),
    ("Ana Ruiz was injured in March 1990 and returned to action in January 1990.", "March 1990", "January 1990"),
    ("The colonel seized power in 1990 and was overthrown in 1985.", "1990", "1985"),
    ("Jo Kerr turned professional in 1990 and retired in 1985.", "1990", "1985"),
    # a stage declared as the complement
    ("Alma Price was diagnosed with diphtheria on 3 March 1921 and discharged as cured on 8 January 1920.",
     "3 March 1921", "8 January 1920"),
    # the hospital or prison of the stay
    ("Reg Dunn was arrested in Leeds on 5 May 1988 and released from Armley Prison on 2 April 1987.",
     "5 May 1988", "2 April 1987"),
    ("Ivy Cole was admitted on 9 May 1990 and discharged from St Luke's Hospital on 1 May 1989.",
     "9 May 1990", "1 May 1989"),
    # a return to the place just told
    ("Nell Orme studied at the Slade in 1985 and returned to teach there in 1983.", "1985", "1983"),
    ("Ed Marsh was posted to Berlin in 1990 and went back there in 1985.", "1990", "1985"),
    ("The band first played at Glastonbury in June 2004, and came back there in June 2001.", "June 2004", "June 2001"),
    ("Ida Venn trained at Guy's in 1961 and returned to Guy's as matron in 1958.", "1961", "1958"),
    # a day without its year, an uncounted interval from a full date, and no year that fits
    ("Lena Orr was sentenced on 25 September, some weeks after the jury had convicted her on October 27, 2012.",
     "25 September", "October 27, 2012"),
    ("The deal was signed on 3 March, a few days before the deadline of 1 March 2004.", "3 March", "1 March 2004"),
    ("The ward reopened on 2 May, several weeks after the flood of 29 May 1998 had closed it.", "2 May", "29 May 1998"),
    ("Ned Amis was admitted on 9 May 1990 and discharged as cured from Leeds General on 1 May 1989.",
     "9 May 1990", "1 May 1989"),
    ("The jury found Ray Dunn guilty on October 27, 2012. Some weeks later, on 25 September, he was sentenced.",
     "October 27, 2012", "25 September"),
    ("The strike began on 3 March 1984, and he was sacked on 1 March, a few days later.", "3 March 1984", "1 March"),
    ("The bridge reopened on 9 May 2003. Days earlier, on 12 May, inspectors had passed it.", "9 May 2003", "12 May"),
    # a firm named by two names and "&"
    ("Founded in Leeds in 1921, Carter & Hoyle went into administration in 1919.", "1921", "1919"),
]

NEAR_MISSES = [
    # consistent dates
    "Harold Finch enlisted in the Royal Engineers in March 1941 and was demobbed in June 1946.",
    "The keel of the frigate was laid on 3 March 1910 and the completed hull was launched on 9 June 1911.",
    "A new timetable was drafted in June 1996 and adopted by the rail board in January 1997.",
    "Mara Quell was longlisted for the Orwell Prize in March 2010 and won the prize in February 2011.",
    "Dana Pruitt started out as a cub reporter at the Ledger in 1979 and rose to editor in 1981.",
    "Alma Price was diagnosed with diphtheria on 3 March 1919 and discharged as cured on 8 January 1920.",
    # another award, told as "a"/"an" or by its own name: a nomination for one, a win of another
    "The actor was nominated for an Oscar in 2004 and won a Bafta in 2002.",
    "The novel was shortlisted for the Booker in 2015 and won the Costa award in 2013.",
    # a new subject after "and": another thing rose, another body approved
    "Ada Voss began as a clerk in 1990 and the firm's turnover rose to £5m in 1985.",
    "Officials drew up the scheme in 2004, and a rival plan was approved in 2002.",
    # another keel, another ship named
    "The keel of the Orla was laid in 2003, and a sister ship was launched in 2002.",
    # "rose to" a figure is no rank, and no start is told
    "Unemployment stood at 5% in 1990 and rose to 8% in 1985.",
    # a school or another institution after "from", not a hospital or prison
    "Ada Quinn enrolled at Cambridge in 1980 and graduated from Oxford University in 1978.",
    # another owner's possessive that is no place of care
    "Tom Reed was arrested on 26 October 1978 and released his brother's album on 11 December 1973.",
    # a common noun as the fronted participle's subject, "&" or not
    "Founded in Leeds in 1921, the firm went into administration in 1919 under another name.",
    # a plan or a negation
    "The novel was shortlisted in 2015, and its author hopes to collect the award in 2014 funds allowing.",
    # a return: consistent, another place, "returned from", a new subject, "had", a second date in the first clause,
    # a clause of its own between the return and its date, a plan, a returned object
    "Nell Orme studied at the Slade in 1983 and returned to teach there in 1985.",
    "Ed Marsh worked in Oslo in 1990 and returned to Paris in 1985.",
    "Ed Marsh worked in Oslo in 1990 and returned from Paris in 1985.",
    "Ed Marsh worked in Oslo in 1990 and his son returned there in 1985.",
    "Ed Marsh had worked in Oslo in 1990 and returned there in 1985.",
    "Ed Marsh was posted to Berlin in 1980 and 1990 and returned there in 1985.",
    "Ed Marsh worked in Oslo in 1990 and returned there after he retired in 1985.",
    "Ed Marsh worked in Oslo in 1990 and hopes to return there in 1985.",
    "Ed Marsh scored at Wembley in 1990 and returned the medal there in 1985.",
    "She lived in Rome in 1990 and returned home in 1985.",
    # the new chains: consistent, another subject after "and", another object, a first draft of another work
    "Cleaners at the hospital walked out on 3 May 1989 and returned to work on 2 June 1989.",
    "The goalkeeper was suspended on 3 May 1989 and his teammate was reinstated on 2 April 1989.",
    "Dockers walked out of talks on 3 May 1989, and miners returned to work on 2 April 1989.",
    "The league suspended the season on 3 May 1989 and reinstated a coach on 2 April 1989.",
    "She wrote the first draft of her memoir in 2003; a novel by her was published in 2001.",
    # "later"/"earlier" and a yearless day: a reading that fits, a counted interval, the interval elsewhere, two
    # yearless days
    "The jury found Ray Dunn guilty on October 27, 2012. Weeks later, on 2 January, he was sentenced.",
    "The jury found Ray Dunn guilty on October 27, 2012. Three weeks later, on 25 September, he was sentenced.",
    "The jury found Ray Dunn guilty on October 27, 2012. The judge said on 25 September that weeks later he would rule.",
    "The jury found Ray Dunn guilty on October 27, 2012. He fled on 25 September. Weeks later, on 2 November, he was caught.",
    "The bridge reopened on 9 May 2003. Days earlier, on 2 May, inspectors had passed it.",
    # a rise to fame is no rise within what was joined
    "Tam Odell joined the band in 1972 and rose to fame in 1965.",
    "Ruth Kane joined the Ledger in 1986 and rose to deputy editor in 1990.",
    # death last: another person dies, a posthumous honour; phases and "no sooner" in order or mismatched
    "Ed Marsh was elected in 1990 and his mother died in 1985.",
    "Ed Marsh graduated in 1990; his brother died in 1985.",
    "She joined the firm in 1990 and the founder died in 1985.",
    "Ed Marsh was posthumously elected to the hall of fame in 1990 and died in 1985.",
    "The dock strike, which began on 3 May 1990, ended on 1 June 1990.",
    "No sooner had the truce begun on 3 May 1990 than fighting resumed on 1 June 1990.",
    "No sooner had the truce begun on 3 May 1990 when fighting resumed on 1 April 1990 in the north and on 2 May 1990.",
    # another thing's doors
    "The Tolley museum opened in 1990 and closed the doors of its annexe in 1985.",
    "Ten fans were injured in March 1990 and the team returned to action in January 1990.",
    "The colonel seized power in 1990; his rival was overthrown in 1985.",
    "The airliner made its maiden flight in 1990, and a rival jet entered service in 1985.",
    "Jo Kerr turned professional in 1990 and retired in 1995.",
    # chains of the world: consistent, a new subject, a person who recovers rather than a thing recovered, a possessive
    # subject and a pronoun that may be its owner, another instance
    "Calder Steel filed for bankruptcy in March 2008 and emerged from bankruptcy in June 2009.",
    "The firm filed for bankruptcy in 2009, and its rival emerged from bankruptcy in 2008.",
    "His car was stolen in 1990 and he recovered from flu in 1985.",
    "The plane took off from Leeds on 3 May 1990, and another plane crashed on 1 May 1990.",
    "War broke out in 1990 and the blaze at the depot was extinguished in 1985.",
    "She became pregnant with her second child in 1990; she gave birth to her first in 1985.",
    "The final was postponed on 3 May 1990, and the semi-final was replayed on 1 May 1990.",
    "He came to the throne in 1990; his horse was crowned champion in 1985.",
    "The law was passed in 1990 and a treaty came into force in 1985.",
    "His father was admitted to hospital in 1990 and he was discharged in 1985.",
    "His wife filed for bankruptcy in 1990 and he emerged from bankruptcy in 1985.",
    # a yearless day and an uncounted interval that some year fits; a counted one (the duration rules' business);
    # the right side in the full date's year however long the gap
    "Lena Orr was sentenced on 25 November, some weeks after the jury had convicted her on October 27, 2012.",
    "He was sentenced on 2 January, several weeks after the verdict on October 27, 2012.",
    "The deal was signed on 27 February, a few days before the deadline of 1 March 2004.",
    "He was sentenced on 25 September, only days after his arrest on 5 May 2012.",
    "Lawyers said he would be freed on 3 March, weeks before the deadline of 1 March 2004, if the appeal failed.",
    # "later" times the clause; a date naming a thing is not its time
    "The council approved the budget on 4 March 1999. Auditors later criticised the budget of 12 May 1969.",
    "The new bridge opened on 2 June 2001. Engineers later compared it with the 1962 viaduct at Orrin.",
    "The museum reopened on 1 May 2010. Curators then restored the painting of 1880 by Ada Lowe.",
    "The council approved the budget on 4 March 1999, then compared it with the budget of 12 May 1969.",
]

# Near-misses where an older reading gives another kind (a restatement), which is the kind meant.
RESTATED_ONLY = [
    "A landslide swept away the coast road on 30 September 1965. Geologists later blamed the landslide of "
    "9 June 1955 on heavy rain.",
]

# The order rule keeps "later" timing its own clause: still an order statement.
NARRATED_POSITIVES = [
    ("Tom Reed left the club on 10 June 2011. He later returned at the end of 2005.", "10 June 2011", "the end of 2005"),
    ("Tom Reed left the club on 10 June 2011. He later returned in the spring of 2005.", "10 June 2011", "spring of 2005"),
    ("The council approved the budget on 4 March 1999, then cut it on 12 May 1969.", "4 March 1999", "12 May 1969"),
    ("The council approved the budget on 4 March 1999 before the election of 12 May 1969.", "4 March 1999", "12 May 1969"),
]


@pytest.mark.parametrize("published", [PUBLISHED, None])
@pytest.mark.parametrize(("text", "first", "second"), POSITIVES + NARRATED_POSITIVES)
def test_positive(text: str, first: str, second: str, published: datetime.date | None) -> None:
    assert _conflicts(text, published) == [("order_violation", (_span(text, first), _span(text, second)))]


@pytest.mark.parametrize("published", [PUBLISHED, None])
@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss(text: str, published: datetime.date | None) -> None:
    assert _conflicts(text, published) == []


@pytest.mark.parametrize("published", [PUBLISHED, None])
@pytest.mark.parametrize("text", RESTATED_ONLY)
def test_a_date_naming_a_thing_is_no_narrated_order(text: str, published: datetime.date | None) -> None:
    assert [kind for kind, _ in _conflicts(text, published)] == ["restated_event"]
