"""Who says a figure: "X said", "according to X", "X told Reuters", a quotation's speaker."""

from __future__ import annotations

import re

from checker.numbers import parse_number_word
from checker.prefilter import Contains

_VERBS = (r"said|says|say|saying|told|tells|reported|reports|announced|added|adds|wrote|writes|posted|stated|"
          r"spoke\s+of|speaks\s+of|"  # "City Hall, in a note, spoke of seven wounded"
          # "The Bajrapat Nirapotta Forum has stood by its count of 16"
          r"(?:stood|stands|stand)\s+by(?=\s+(?:its|their|the)\s+(?:[a-z]+\s+)?(?:count|figure|toll|tally|estimate))|"
          r"confirmed|confirms|estimated|estimates|claim(?:ed|s)?(?!\s+(?:the\s+)?li(?:ves|fe))|"
          r"noted|warned|insisted|explained|show|shows|showed|list|lists|listed|documented|verified|"
          # "Amnesty International maintains that at least nine inmates died"
          r"(?:maintain|contend|argue)(?:s|ed)?(?=\s+that\b)|alleg(?:es|ed)|"
          # "the state government has so far acknowledged only 12 deaths"
          r"acknowledg(?:ed|es)(?=\s+(?:only\s+|just\s+)?(?:\d|one\b|two\b|three\b|four\b|five\b|six\b|"
          r"seven\b|eight\b|nine\b|ten\b))|"
          # "The group, which announces its dead, had by nightfall mourned six": its own count of its dead
          r"mourn(?:s|ed)(?=\s+(?:only\s+|just\s+)?(?:\d|one\b|two\b|three\b|four\b|five\b|six\b|seven\b|"
          r"eight\b|nine\b|ten\b))|"
          # "The National Commissioner for Human Rights counts 15 dead"; not "11 counts of murder"
          r"count(?:s|ed)(?=\s+(?:at\s+least\s+|more\s+than\s+|nearly\s+|about\s+|some\s+)?(?:\d|one\b|two\b|"
          r"three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b|eleven\b|twelve\b|[a-z]+teen\b|"
          r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozens\b|hundreds\b))|"
          r"reads?(?:\s+in\s+part)?(?=\s*[,:])|"  # 'The statement read in part, "..."'
          r"puts?(?=\s+(?:the\s+)?(?:\w+(?:'s)?\s+){0,2}(?:death\s+)?(?:toll|number|figure|count|tally|losses)\b)|"
          # "The agency gave a higher figure of at least 80 dead"
          r"gave(?=\s+(?:a|an|the|its|their)\s+(?:[a-z]+\s+){0,2}(?:figure|toll|number|count|tally|estimate)\b)|"
          # "Guinea's government on Monday raised to 31 the number of people killed"; a source's only
          r"(?:raised|revised|updated|lowered)(?=\s+(?:(?:up|down)wards?\s+)?(?:to\s+\S+\s+)?(?:the|its|their)\s+"
          r"(?:[a-z]+\s+){0,2}(?:toll|number|figure|count|tally)\b)")
_VERB = re.compile(rf"\b(?=[acdegilmnprstuvw])(?:{_VERBS})\b")  # the lookahead: the verbs' first letters
_A_SAYING_VERB = re.compile(r"\b(?:said|says|told|reported|announced|stated)\b")
_REVISED = frozenset({"raised", "revised", "updated", "lowered"})
_ACCORDING = Contains(re.compile(
    r"\b(?=[AaCc])(?i:according to|citing|cited by|as reported by)\s+"
    r"(?P<src>(?:the\s+)?[A-Za-z][\w'\u2019.\-]*(?:\s+(?!on\b|in\b|at\b|as\b|after\b|who\b|which\b|that\b)"
    r"[\w'\u2019.\-]+){0,10}?)"  # "according to a statement issued by the office of the Relief Commissioner"
    r"(?=\s*(?:[,.;:!?)]|\([A-Z][A-Za-z]{1,7}\)|$|\s+(?:on|in|at|as|after|who|which|that|said)\b))"
), ("according to", "citing", "cited by", "reported by"))
_SAID_NP = re.compile(
    r"\b(?:said|says|added|adds|wrote|writes|stated|noted|warned|insisted|explained)\s+(?P<src>(?:the\s+)?(?:[A-Z][\w'\u2019.\-]*|[a-z]+(?:'s)?)"
    r"(?:\s+(?:[A-Z][\w'\u2019.\-]*|of|for|(?<=of\s)the|[a-z]+'s|officials?|spokesman|spokeswoman|"
    r"spokesperson|ministry|police|service|services|force|governor|mayor|chief|head|"
    # "said Foro Penal lawyer Andrea Salcedo": a role between the body and the name
    r"lawyer|attorney|researcher|analyst|activist|director|coordinator|commander|officer|doctor|surgeon|"
    r"witness|resident|survivor|member|founder|leader|secretary|minister|adviser|advisor|expert|"
    r"professor|editor|correspondent|reporter|president|chairman|chairwoman|deputy|"
    # "said Dr Fartun Ali Jimale of the Recep Tayyip Erdogan hospital in Mogadishu"
    r"hospital|clinic|centre|center|university|institute|agency|department|office|unit|in(?=\s+[A-Z])))*)"
    r"\s*(?:[,.;:!?]|$)"
)
_STOP = frozenset(

        "that and but which who whom when as if because after before while there this also then "
        "though although whereas "
        "has have had was were is are be been on in at to for with by from than so yet later "
        "earlier previously separately again further still however meanwhile and".split()

)
_SKIP_BEFORE_VERB = frozenset(
    "also later earlier previously separately again further initially first last today yesterday "
    "tonight formally officially publicly has have had so far now already only reportedly still".split()
)
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_BY_A_TIME = _WEEKDAYS | frozenset(
    "nightfall evening morning afternoon noon midday midnight dawn then".split())
_GOING_ON = frozenset("continue continues continued go goes went".split())
# "the delegate in Valencia", "the Ministry of Health": small words inside a source's name
_INSIDE_NAME = frozenset({"in", "of", "for", "and"})
_LOCATIVE = frozenset({"in", "at", "from", "on", "near", "outside"})
# "relatives gathered on the bank claim": a participle after the source describes it
_PARTICIPLES = frozenset("gathered waiting standing interviewed contacted reached quoted cited speaking "
                         "living camped sheltering".split())
_RELATIVE = frozenset({"which", "who", "whom", "that"})  # "the attack, which X said was": not the source
SOURCE_NOUNS = frozenset(
    "officials official police authorities ministry spokesman spokeswoman spokesperson force forces "
    "services service administration government governor mayor military army command agency office "
    "department council committee statement report sources source residents witnesses rescuers "
    "doctors medics hospital staff media organisation organization group company officer officers "
    "president minister chief head director commander tally figures data counts count coroner "
    "board navy guard prosecutors prosecutor court operator airline delegate representative "
    "envoy ambassador brigade archive directorate authority commission commissioner commissioners "
    "inspector superintendent magistrate collector sheriff deputy marshal ranger rangers team teams "
    "unit centre center network observatory institute survey bureau mission monitor monitors "
    "watchdog regulator secretariat cabinet parliament legislature senate embassy consulate "
    "municipality corporation firm insurer union charity ngo coalition alliance council association "
    "hall prefecture governorate "
    "federation league society syndicate collective "
    "spokespeople analysts economists experts researchers scientists investigators "
    "ministries departments agencies relatives families survivors villagers locals eyewitnesses "
    "activists rebels militants lawmakers opposition neighbours neighbors parents wing "
    "records registers register logs hospitals morgue morgues chairman chairwoman chairperson leader "
    "leaders councillor councilor secretary administrator manager coordinator defence defense coastguard "
    "coastguards groups enterprise owner owners management workers volunteers "
    "doctor nurse nurses medic paramedic paramedics surgeon surgeons witness resident survivor relative "
    "rescuer villager coroners priest priests pastor imam cleric elder elders chief".split()
)
_SOURCES_COUNTED = frozenset("sources officials witnesses doctors medics residents survivors relatives "
                             "diplomats officers investigators".split())
_ARTICLES = frozenset({"The", "A", "An"})
PRONOUNS = frozenset(["he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our"])
_NOT_A_SOURCE = _STOP | PRONOUNS
_INVERTED = re.compile(r"[,\"\u201d]\s*$")  # '..., said X', '" said X': the source follows the verb
# (a title's full stop is no sentence's end: '", said Dr. Elena Garza, an emergency physician')
_AFTER_QUOTE = re.compile(r"\s*,?\s*(?P<rest>(?:[^.!?\"\u201c]|(?<=\bDr|\bMr|\bMs|\bLt|\bSt)\.|"
                          r"(?<=\bMrs|\bMaj|\bGen|\bCol|\bSgt|\bGov|\bSen|\bRep)\.|(?<=\bCapt|\bProf|\bBrig)\.)*)")
_VERB_BEFORE_QUOTE = re.compile(rf"\b(?:{_VERBS})\s*[:,]?\s*$")
# "A security source speaking to AFP on condition of anonymity put ...": the source is before it
_ANONYMOUS = re.compile(r",?\s*(?:who\s+(?:spoke|was\s+speaking|asked)\s+|speaking\s+|asking\s+)"
                        r"(?:to\s+[\w.]+\s+)?(?:on\s+(?:the\s+)?condition\s+of\s+anonymity|not\s+to\s+be\s+named)"
                        r"\s*,?\s*$", re.IGNORECASE)
_TOKEN = re.compile(r"[\w'\u2019.\-]+|[,;:\"\u201c\u201d()\u2014]")


def _without_abbreviation(tokens: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The tokens without a bracketed abbreviation at their end: "... Authority (NDRRMA)"."""
    if tokens and tokens[-1][0] == ")" and "(" in [t for t, _ in tokens]:
        return tokens[:max(i for i, (t, _) in enumerate(tokens) if t == "(")]
    return tokens


def _without_place_after_name(tokens: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The tokens without "in Gaza" after a name closed by its abbreviation: "the Ministry of
    Health (MoH) in Gaza". (Otherwise the place stays in the name: "the Defence Ministry in
    Moscow".)"""
    for k in range(2, 5):
        if len(tokens) <= k or tokens[-k][0] not in ("in", "at"):
            continue
        if tokens[-k - 1][0] == ")" and all(t[:1].isupper() for t, _ in tokens[-k + 1:]):
            return tokens[:-k]
        return tokens
    return tokens


_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_PARTS_OF_DAY = frozenset("morning afternoon evening night".split())


def _without_day_after_name(tokens: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The tokens without "on Saturday" before the verb: "Sahyadri Motors on Saturday reported"."""
    k = len(tokens) - (1 if tokens and tokens[-1][0].lower() in _PARTS_OF_DAY else 0)
    if k < 3 or tokens[k - 1][0].lower() not in _DAYS or tokens[k - 2][0].lower() != "on":
        return tokens
    k -= 2
    if k >= 2 and tokens[k - 1][0].lower() in ("late", "early"):
        k -= 1  # "Police late on Friday reported"
    return tokens[:k]


def _np_before(text: str, end: int, start: int) -> str | None:
    """The speaker named before a reporting verb ending at `end`, within text[start:end]."""
    tokens = [(m.group(), m.start()) for m in _TOKEN.finditer(text, start, end)]
    while tokens:
        last = tokens[-1][0].lower()
        if last in _SKIP_BEFORE_VERB:
            tokens.pop()
        elif last in _BY_A_TIME and len(tokens) >= 2 and tokens[-2][0].lower() == "by":
            del tokens[-2:]  # "The group ... had by nightfall mourned six"
        elif last == "to" and len(tokens) >= 2 and tokens[-2][0].lower() in _GOING_ON:
            del tokens[-2:]  # "Officials continue to say three drones were launched"
        else:
            break
    tokens = _without_abbreviation(_without_place_after_name(_without_day_after_name(tokens)))
    # "the International Organization for Migration (IOM) said", "the Ministry of Health (MoH) in
    # Gaza reported"
    if tokens and tokens[-1][0] == ",":
        # "Tymur Tkachenko, the head of the administration, said": the name before the apposition
        commas = [i for i, (t, _) in enumerate(tokens) if t == ","]
        inner = tokens[commas[-2] + 1: commas[-1]] if len(commas) >= 2 else []
        if len(inner) > 3 and inner[-1][0] == ")" and inner[-3][0] == "(":
            inner = inner[:-3]  # "The military's media wing, Inter-Services Public Relations (ISPR), said"
        if 2 <= len(inner) <= 4 and all(t[:1].isupper() for t, _ in inner) and (
                (tokens[commas[-2] - 1][0].islower() or tokens[commas[-2] - 1][0].lower() in _WEEKDAYS)
                if commas[-2] > 0 else False):
            # ("A local judge who visited the town Monday, Rodrigue Fleurant, told": a day, then the name)
            # "the head of the military administration, Oleh Hryhorov, reported": the name
            return text[inner[0][1]: inner[-1][1] + len(inner[-1][0])]
        if len(commas) >= 2:
            tokens = tokens[: commas[-2]]
        else:
            tokens = tokens[:-1]
        tokens = _without_abbreviation(tokens)  # "The ... Authority (NDRRMA), whose portal ..., puts"
    words: list[tuple[str, int]] = []
    stopper, stopper_at = "", start
    skipped_place = False
    for tok, pos in reversed(tokens):
        # "the Defence Ministry in Moscow", "the Government Delegation in the Canary Islands"
        inside = tok.lower() in _INSIDE_NAME and words and (words[-1][0][0].isupper() or (
            tok == "in" and words[-1][0] == "the" and len(words) >= 2 and words[-2][0][0].isupper()))
        if (tok.lower() in _LOCATIVE and not inside and not skipped_place and words
                and all(w.islower() for w, _ in words)):
            # "The Emergency Response Room in the city said": the source is before "in the city"
            words, skipped_place = [], True
            continue
        # (an em dash too, "killed 17 people — seven in Mandi, ... — officials said"; not an en dash,
        # which names hold: "the Jordan Armed Forces – Arab Army")
        if tok in {",", ";", ":", '"', "\u201c", "\u201d", "(", ")", "-", "--", "\u2014"} or (
                tok.lower() in _STOP and not inside) or tok.replace(",", "").replace(".", "").isdigit():
            # a figure ends the name: "the 810 drones the air force reported"
            stopper, stopper_at = tok.lower(), pos
            break
        if len(words) >= 7 and (len(words) == 12 or not tok[:1].isupper() or not all(
                w[:1].isupper() or w in _INSIDE_NAME for w, _ in words)):
            break  # "The Commission for Missing Persons and Victims of Violence (KontraS)": a long name
        words.append((tok, pos))
    if stopper == "who" and words and words[-1][0].islower() and words[-1][0].endswith("ed") and (
            text[max(start, stopper_at - 2):stopper_at].strip() != ","):
        # "A group of victims' relatives who gathered outside Pasay City Hall said": the people the
        # clause is about said it
        return _np_before(text, stopper_at, start)
    if not words and stopper == "who" and text[max(start, stopper_at - 2):stopper_at].strip() == ",":
        # "Families of the waste pickers, who had said at least 20 people were missing": the people
        # the relative clause is about said it
        return _np_before(text, text.rindex(",", start, stopper_at) + 1, start)
    if not words or (stopper in _RELATIVE and not (
            _SAID_IT_HAD_HARMED.match(text, end) and not _A_FIGURE_IN.search(text, start, stopper_at)
            and (words[-1][0].lower() in ("a", "an", "the") or words[-1][0][:1].isupper()))):  # backwards
        # "The Kyiv attack, which the US president said was 'not necessary', also wounded 90": X says
        # what the attack was, not the toll; but "clashes that a war monitor said had killed at least
        # 52": the monitor's
        return None
    words.reverse()
    while words and words[0][0].lower() in _INSIDE_NAME:
        words.pop(0)  # "(the information team) of Myanmar's State Security ...": the name only
    if skipped_place and len(words) > 1 and words[-1][0].lower() in _PARTICIPLES:
        words.pop()  # "scores of relatives gathered [on the bank]"
    for i in range(len(words) - 2):
        if words[i][0].lower() in SOURCE_NOUNS and words[i + 1][0].endswith("ing") and (
                words[i + 1][0].islower() and words[i + 2][0].lower() in ("the", "a", "an", "its", "their")):
            words = words[:i + 1]  # "rights groups tracking the unrest have documented 23 deaths"
            break
    for i in range(len(words) - 1, 0, -1):
        if words[i][0].lower() in ("the", "its", "their") and words[i - 1][0].lower() not in _INSIDE_NAME:
            words = words[i:]  # "the 810 drones the air force reported": the name starts at "the"
            break
    if not words:
        return None
    if len(words) > 1 and words[-1][0].lower() in ("we", "they", "he", "she"):
        return words[-1][0].lower()  # "In our statement of 3 June we reported 24 deaths": we
    if words[-1][0].lower() not in SOURCE_NOUNS:
        for i in range(len(words) - 2, -1, -1):
            participle = words[i + 1][0]
            if words[i][0].lower() in SOURCE_NOUNS and participle.endswith("ed") and participle.islower():
                words = words[:i + 1]  # "A families' association formed last weekend counts 23"
                break
    phrase = text[words[0][1]: words[-1][1] + len(words[-1][0])].strip(" .")
    if words[0][0].lower() in _COUNT_WORDS and not any(w.lower() == "of" for w, _ in words) and (
            words[-1][0].lower() not in _SOURCES_COUNTED or len(words) > 3):
        # "Five people confirmed dead in Louisiana": a headline's figure, not a speaker; but "Two
        # security sources told Reuters" are who say it
        return None
    if not phrase or phrase.lower() in PRONOUNS:
        return phrase.lower() if phrase.lower() in PRONOUNS else None
    if not any(w[0][0].isupper() and w[0] not in _ARTICLES for w in words) and (
            words[-1][0].lower() not in SOURCE_NOUNS):
        return None  # "among the wounded, said X", "The earnings showed": not a source
    return phrase


# a factbox line's source in brackets at its end: "* Dead: at least six (Houthi-run health ministry)"
_TRAILING_SOURCE = re.compile(r"\((?P<src>[^()\d]{2,60})\)[ \t]*[.;]?[ \t]*$")
_SAME_SOURCE = frozenset({"same source", "same", "ibid", "ditto"})


def _names_a_source(phrase: str) -> bool:
    words = phrase.split()
    if words and (words[0].lower() in _WHERE_FROM
                  or words[-1].lower() in _AREA_WORDS or "occupied" in phrase.lower()):
        return False  # "(from the Black Sea)", "(Saratov region)", "(occupied Crimea)": where, not who
    if words and parse_number_word(words[0].lower()) is not None:
        return False  # "attempted murder (six counts)": how many, not who
    return phrase.lower() in _SAME_SOURCE or (
        len(words) <= 8 and (any(w[:1].isupper() for w in words) or words[-1].lower() in SOURCE_NOUNS))


_ADJECTIVE_BEFORE = re.compile(r"\b(?:an|the)\s+$", re.IGNORECASE)


_WHERE_FROM = _LOCATIVE | {"over", "via", "to", "towards", "toward"}
_SAID_IT_HAD_HARMED = re.compile(r"[a-z]+[ \t]+(?:had|has|have)[ \t]+"
                                 r"(?:killed|left|wounded|injured|claimed)\b")
# a count before a relative clause, not a span of time ("after three days of clashes that ...")
_A_FIGURE_IN = re.compile(r"(?:\d[\d,.]*|\b(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                          r"twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozens|scores))"
                          r"(?![\w-]*[ \t]+(?i:days?|hours?|weeks?|months?|years?|nights?|minutes?)\b)\b")
_COUNT_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve dozens hundreds scores "
                         "several".split())
_AREA_WORDS = frozenset("region oblast province district area county state governorate city".split())
# "a statement issued by the ISPR", "a toll provided (on Friday) by the Pissila town hall"
_A_DOCUMENT_GIVEN_PATTERN = (r"(?:an?|the)\s+(?:\w+\s+)?(?:statement|report|bulletin|release|communiqu\w+|"
                             r"update|toll|count|tally|figure|figures)\s+(?:issued|released|published|put\s+out|"
                             r"provided|given|compiled)")
_ISSUED_BY = re.compile(_A_DOCUMENT_GIVEN_PATTERN + r"\s+by\s+(?P<src>.+)", re.IGNORECASE)
_A_DOCUMENT_GIVEN = re.compile(_A_DOCUMENT_GIVEN_PATTERN, re.IGNORECASE)
_ON_A_DAY_BY = re.compile(r"\s+(?:(?:late|early)\s+)?on\s+[A-Z][a-z]+"
                          r"(?:\s+(?:morning|afternoon|evening|night))?\s+by\s+"
                          r"(?P<src>(?:the\s+)?[A-Za-z][\w'\u2019.\-]*(?:\s+[\w'\u2019.\-]+){0,8}?)"
                          r"(?=\s*[,.;:]|\s+(?:on|in|at|as|after|who|which|that)\b)")
# "According to preliminary data": how sure the figure is, not who gives it
_A_CLAUSE_VERB = re.compile(r"\b(?:tried|was|were|had|did|died|killed|wounded|went|ran|came|tried|helped|"
                            r"stopped|managed|attempted|fled)\b")
_DATA_NOT_SOURCE = re.compile(r"(?:the\s+)?(?:preliminary|initial|early|latest|available|updated|official|"
                              r"unofficial|operational|provisional)\s+(?:data|information|figures|estimates|"
                              r"reports|findings|results)$|"
                              # "citing the manifest of 187 people registered at the port": a document
                              r"(?:the\s+|a\s+|its\s+)?(?:manifest|passenger\s+list|register)\b.*|"
                              # "buried according to Islamic rites": how, not who says
                              r"(?:\w+\s+){0,2}(?:rites|rituals|customs?|traditions?|law|plan|schedule|protocol)\b.*",
                              re.IGNORECASE)


_SHOW_OBJECT = re.compile(r"\s+(?:that\b|\d|(?:the|a|an|at\s+least|more|nearly|about|some|only|how|no|"
                          r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
                          r"(?:twen|thir|for|fif|six|seven|eigh|nine)ty|dozens|hundreds|scores)\b)")
# "Police arrested a second suspect ..., and said"; '... described the attack as "a war crime" and put
# the death toll at 51': a verb that shares the sentence's subject
_AND_BEFORE = re.compile(r"(?:,|[\"\u201d]|[a-z])[ \t]+and[ \t]+$")  # "..., and said", "a massacre and said"
_SUBJECT = re.compile(r"[ \t]*[\"\u201c]?(?P<src>(?:[Tt]he[ \t]+)?(?:[A-Z][\w'\u2019.\-]*[ \t]+){0,5}?"
                      r"(?:[A-Z][\w'\u2019.\-]*|[a-z]+))"
                      # ", a local rights group,"; ", which controls the area,"
                      r"(?:[ \t]*,[ \t]+(?:an?|the|which|who)[ \t][^,.;\d]{1,60},)?"
                      r"[ \t]+(?:had[ \t]+|has[ \t]+|have[ \t]+)?[a-z]{3,}\b")


def _sentence_subject(text: str, start: int, end: int) -> str | None:
    """The subject opening a sentence whose later verb, after ", and", says something: "Police"
    in "Police arrested a second suspect Saturday ..., and said ..."."""
    m = _SUBJECT.match(text, start, end)
    if not m:
        return None
    src = m.group("src")
    last = src.split()[-1]
    if src.split()[0].lower() in _NOT_A_SOURCE and not src.startswith(("The ", "the ")):
        return None
    return src if last[:1].isupper() or last.lower() in SOURCE_NOUNS else None


# "the information spread by X, claiming that", "reports by X alleging that": X's claim, told by another
_SPREAD_BY = re.compile(
    r"\b(?:information|claims?|reports?|allegations?|statements?|assertions?|reporting)[ \t]+"
    r"(?:(?:spread|made|issued|circulated|published|disseminated|put[ \t]+out)[ \t]+)?by[ \t]+"
    r"(?P<src>(?:the[ \t]+)?[A-Z][\w'\u2019.\-]*(?:[ \t]+(?:of|for|the|[A-Z][\w'\u2019.\-]*))*?)"
    r"[ \t]*,?[ \t]+(?:claiming|alleging)\b")
# "The figure of nine deaths circulated by some media outlets", "the figures circulating on social
# networks, which speak of": the media's figure, not the teller's
_CIRCULATED_BY = re.compile(
    r"\b(?:figures?|toll|tally|count|numbers?)\b[^.;]{0,40}?\b(?:circulated|circulating|spread|reported|"
    r"given|cited)[ \t]+(?:by|on|in)[ \t]+(?P<src>(?:some[ \t]+|several[ \t]+|other[ \t]+|the[ \t]+)?"
    r"(?:[a-z]+[ \t]+)?(?:media(?:[ \t]+outlets)?|outlets|social[ \t]+(?:networks|media)|newspapers|"
    r"websites))\b")
_CONFIRMED_BY = re.compile(
    r"\b(?:deaths|dead|toll|bodies|fatalities|victims|injured|casualties)[ \t]+(?:(?:so[ \t]+far|now)[ \t]+)?"
    r"(?:confirmed|counted|recorded|registered|verified|certified)[ \t]+by[ \t]+"
    r"(?P<src>(?:the[ \t]+)?(?:[A-Za-z][\w'\u2019.\-]*[ \t]+){0,2}?[A-Za-z][\w'\u2019.\-]*)"
    r"(?=[ \t]+(?:in|on|at|to|as|and|so|since|during|over)\b|[ \t]*[,.;])")
# "The 24 deaths recorded by Decide since Thursday": a body's own name, not a day or a month
_A_NAME = re.compile(r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
                     r"April|May|June|July|August|September|October|November|December|The|This|That)\b)"
                     r"[A-Z][\w'\u2019.\-]*(?:[ \t]+[A-Z][\w'\u2019.\-]*){0,2}")
_ITS_COUNT_OPENING = re.compile(r"[ \t\"\u201c]*(?:(?:Its|Their)[ \t]+(?:[a-z]+[ \t]+)?"
                                r"(?:count|toll|tally|figures?|estimate)[ \t]+"
                                r"(?:is|was|stands|stood|now\s+stands|rose|has\s+risen)|"
                                # "It received 12 bodies": the morgue named the sentence before
                                r"(?:It|They)[ \t]+(?:has[ \t]+|have[ \t]+|had[ \t]+)?"
                                r"(?:received|registered|recorded))\b")
_REJECTED_BEFORE = re.compile(r"\b(?:rejected|rejects|denied|denies|dismissed|dismisses|disputed|disputes)"
                              r"[ \t]+(?:the[ \t]+)?(?:[\w'\u2019-]+[ \t]+){0,2}$")
_ITS_CLAIM = re.compile(r"\b(?:its|their|his|her)\s+(?:own\s+)?(?:claims?|figures?)\s+(?:of|that|to|at)\b")
# "Al-Shabaab, in a second statement, raised its own claim": the subject, an aside after it
_SUBJECT_THEN_AN_ASIDE = re.compile(r"[ \t\"\u201c]*(?P<src>(?:[Tt]he[ \t]+)?[A-Z][\w'\u2019\-]*"
                                    r"(?:[ \t]+[A-Z][\w'\u2019\-]*){0,3})"
                                    r"[ \t]*,[^,.;]{1,60},[ \t]+[a-z]+[ \t]+$")
_NOUN_SUBJECT = re.compile(r"[ \t\"\u201c]*(?P<src>(?:[Tt]he[ \t]+)?(?:[\w'\u2019\-]+[ \t]+){0,3}?"
                           # "The contract workers' union repeated its claim that"
                           r"[\w'\u2019\-]+)(?=[ \t]+(?:that|which|who|has|have|had|repeated|repeats|"
                           r"reiterated|reiterates|renewed|restated|maintained|maintains|raised|"
                           r"stands[ \t]+by|stood[ \t]+by)\b)")


# a fact-check's subject: what a post, a video or a claim says, however it was shared
_A_POST_CLAIMS_OPENING = re.compile(
    r"[ \t\"\u201c]*(?P<src>(?:A|An|One|Another|The|This)[ \t]+(?:viral[ \t]+|widely[ \t]+shared[ \t]+)?"
    r"(?:social[ \t]+media[ \t]+)?(?:post|tweet|video|message|image|photo|graphic|meme|caption|claim)s?)"
    r"\b[^.;:\"\u201c]{0,120}?[ \t](?:claims?|claimed|says|said|states?|stated|alleges?|alleged|asserts?|"
    r"asserted)[ \t]+(?:that\b|[\"\u201c])")


def speaker(text: str, start: int, end: int) -> str | None:
    """The source a sentence (text[start:end]) attributes its statements to, if it names one.

    Returns a pronoun ("he", "it") when the speaker is only referred to; the caller resolves it.
    """
    m = _ACCORDING.search(text, start, end)
    if m and _A_CLAUSE_VERB.search(m.group("src")):
        m = None  # "who according to colleagues tried to stop the attacker": a clause, not a name
    if m and m.group()[:1] in "cC" and _A_SAYING_VERB.search(text, start, m.start()):
        m = None  # "The federation said ... at least four workers had died, citing accounts from workers"
    if m and not _DATA_NOT_SOURCE.fullmatch(m.group("src").strip().rstrip(".")):
        src = m.group("src").strip().rstrip(".")
        issued = _ISSUED_BY.fullmatch(src)  # "a statement issued by the ISPR": the ISPR
        if issued is None and _A_DOCUMENT_GIVEN.fullmatch(src) and (
                later := _ON_A_DAY_BY.match(text, m.end("src"), end)):
            return later.group("src")  # "According to a toll provided on Friday by the Pissila town hall"
        return issued.group("src") if issued else src
    if (text.find("claiming", start, end) >= 0 or text.find("alleging", start, end) >= 0) and (
            spread := _SPREAD_BY.search(text, start, end)):
        return spread.group("src")  # "The information spread by the Ministry of Defence of Armenia, claiming"
    if (text.find("circulat", start, end) >= 0 or text.find(" by ", start, end) >= 0) and (
            circulated := _CIRCULATED_BY.search(text, start, end)):
        return circulated.group("src")
    if text.find(" by ", start, end) >= 0 and (confirmed := _CONFIRMED_BY.search(text, start, end)) and (
            confirmed.group("src").split()[-1].lower() in SOURCE_NOUNS
            or _A_NAME.fullmatch(confirmed.group("src"))):
        return confirmed.group("src")  # "the number of deaths confirmed by county coroners in Kentucky"
    if _ITS_COUNT_OPENING.match(text, start, end):
        return "it"  # "Its final count is 14 dead": the body the sentence before named
    if post := _A_POST_CLAIMS_OPENING.match(text, start, end):
        return post.group("src")  # "A post shared more than 12,000 times on X claims that ...": the post
    trailing = _TRAILING_SOURCE.search(text, start, end)
    if trailing and _names_a_source(trailing.group("src")):
        src = trailing.group("src").strip()
        return "it" if src.lower() in _SAME_SOURCE else src  # "(same source)": the one before
    own_claim = _ITS_CLAIM.search(text, start, end) if (
        "claim" in text[start:end] or "figure" in text[start:end]) else None
    if own_claim:  # "The armed group that claimed the attack has repeated its claim of more than 50 dead"
        subject = _NOUN_SUBJECT.match(text, start, own_claim.start()) or _SUBJECT_THEN_AN_ASIDE.match(
            text, start, own_claim.start())
        last = subject.group("src").split()[-1] if subject else ""
        # "Al-Shabaab, in a second statement, raised its own claim to 47": a named body
        if subject and (last.lower() in SOURCE_NOUNS
                        or (last[:1].isupper() and last.lower() not in PRONOUNS)):
            return subject.group("src")
    aside = text.find("anonymity", start, end) >= 0 or text.find("named", start, end) >= 0
    for verb in _VERB.finditer(text, start, end):
        if verb.group() == "estimated" and _ADJECTIVE_BEFORE.search(text, max(start, verb.start() - 5),
                                                                    verb.start()):
            continue  # "An estimated 1.9 million people remain displaced": no one is speaking
        if verb.group() in ("show", "documented", "verified") and not _SHOW_OBJECT.match(text, verb.end()):
            continue  # "a Fourth of July fireworks show", "only verified incidents": no one telling
        if verb.group().startswith("claim") and _REJECTED_BEFORE.search(text, max(start, verb.start() - 40),
                                                                        verb.start()):
            continue  # "the border service rejected Tajik claims that ...": claims, a noun
        if _AND_BEFORE.search(text, max(start, verb.start() - 7), verb.start()):
            said_subject = _sentence_subject(text, start, verb.start())
            if said_subject:
                return said_subject  # "Police arrested a second suspect ..., and said the gunfire ..."
        inverted = _INVERTED.search(text[max(start, verb.start() - 3): verb.start()])
        m = _SAID_NP.match(text, verb.start(), end) if inverted else None
        if m and m.group("src").split()[0].lower() not in _NOT_A_SOURCE:
            src = m.group("src").strip()
            return src[:-1] if src.endswith(".") and len(src.rsplit(" ", 1)[-1]) > 4 else src
        anonymous = _ANONYMOUS.search(text, max(start, verb.start() - 90), verb.start()) if aside else None
        verb_at = anonymous.start() if anonymous else verb.start()
        if text.endswith(("which ", "who "), start, verb_at) and (
                relative := _A_RELATIVE_JUST_BEFORE.search(text, max(start, verb_at - 12), verb_at)) and (
                relative.start() - start <= 60 and "," not in text[start:relative.start()]):
            # "Hezbollah, which said it had fired 100 rockets": the sentence's subject (not "drawing a
            # rebuke from Donald Trump, who told ...": no one's source)
            verb_at = relative.start()
        before = _np_before(text, verb_at, max(start, verb_at - 200))
        if before and verb.group() in _REVISED and not (
                before.split()[-1].lower() in SOURCE_NOUNS or before.isupper()):
            continue  # "The discovery of two more bodies raised the toll to 31": no one telling
        if before:
            return before
        m = _SAID_NP.match(text, verb.start(), end)
        if m:
            src = m.group("src").strip()
            lowercase = src == src.lower()  # "says police", not "people it says died,"
            if src.lower() not in PRONOUNS and src.split()[0].lower() not in _STOP and (
                    not lowercase or src.split()[-1] in SOURCE_NOUNS):
                return src
    if "'s" in text[start:end] or "\u2019s" in text[start:end]:
        owner = _A_BODY_S_COUNT.search(text, start, end)
        if owner:  # "taking the district administration's count to 16": the administration's figure
            return owner.group("src")
    return None


_A_RELATIVE_JUST_BEFORE = re.compile(r",[ \t]+(?:which|who)[ \t]+$")


_A_BODY_S_COUNT = re.compile(
    r"\b(?P<src>the[ \t]+(?:[A-Za-z]+[ \t]+){0,3}?(?:administration|ministry|department|government|police|"
    r"authority|authorities|agency|office|service|council|commission))['\u2019]s[ \t]+"
    r"(?:own[ \t]+|official[ \t]+|latest[ \t]+|new[ \t]+)?(?:count|toll|tally|figure|death[ \t]+toll)\b")


_A_POST_READS = re.compile(
    r"(?:reads|read|says|said|claims|claimed)[ \t]+(?P<src>(?:one|a|an|another|the)[ \t]+(?:viral[ \t]+)?"
    r"(?:post|tweet|video|message|caption|claim|headline)(?:[ \t]+on[ \t]+[A-Z][\w.]*)?)\b")


def quote_speaker(text: str, quote: tuple[int, int], para_end: int) -> str | None:
    """The speaker of a quotation: named right after it ('", Trump said') or before it."""
    after_end = min(para_end, quote[1] + 200)
    m = _AFTER_QUOTE.match(text[quote[1]:after_end])
    if m and m.group("rest"):
        seg_start = quote[1] + m.start("rest")
        if post := _A_POST_READS.match(m.group("rest")):
            return post.group("src")  # '"Massacre in Nabatieh: sixty martyrs," reads one post on X'
        found = speaker(text, seg_start, seg_start + len(m.group("rest")))
        if found:
            return found
    line_start = text.rfind("\n", 0, quote[0]) + 1
    before = text[line_start: quote[0]]
    if _VERB_BEFORE_QUOTE.search(before):
        return speaker(text, line_start, quote[0])
    if between := _NAMED_BETWEEN_QUOTES.search(before, max(0, len(before) - 120)):
        # '"Numbers like 300 spread fear," said lawyer Andrea Salcedo. "Twenty-three dead is a
        # tragedy."': the speaker named after the quotation before goes on
        return speaker(text, line_start + between.start("rest"), line_start + between.end("rest"))
    return None


_NAMED_BETWEEN_QUOTES = re.compile(r"[\"\u201d][ \t]+(?P<rest>[^.!?\"\u201c\u201d]{3,100})[.!?][ \t]*$")


def statement_author(source: str) -> str | None:
    """The author of a document that is its own statement ("Dravonian Ministry of Defence",
    "Ukraine's Air Force (Telegram)", "State Emergency Service of Ukraine (press release)"), named
    without the medium; None for a news outlet ("Reuters", "WHFT News 8") relaying others' figures."""
    def words(text: str) -> set[str]:
        return set(re.sub(r"[^\w\s]", " ", text.lower()).split())

    # "(statement carried by the Saudi Press Agency)": the medium, not the author
    author = re.sub(r"\([^()]*\)", " ", source)
    # "..., press release": what the author issued, not a press outlet
    author = re.sub(r"\bpress\s+(?:release|statement|briefing|conference)\b", " ", author,
                    flags=re.IGNORECASE)
    if not words(source) & _AUTHOR_WORDS or words(author) & _OUTLET_WORDS:
        return None
    return " ".join(author.split()).strip(" ,;:-") or None


# aid groups, agencies and rights groups that issue their own statements ("Médecins Sans Frontières")
_AUTHOR_WORDS = SOURCE_NOUNS | frozenset("frontières frontieres msf icrc unicef unhcr ocha wfp unrwa oxfam "
                                         "crescent cross branch amnesty caritas society foundation network "
                                         "federation alliance coalition association".split())
_OUTLET_WORDS = frozenset("news press times post gazette daily agency tv radio journal herald tribune "
                          "wire ledger guardian telegraph reuters ap afp bbc cnn xinhua tass".split())
