"""Mentions -> Claims: what each figure counts, its category, who says it, where and when."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from re import Match, Pattern
from typing import cast

from checker.attribution import PRONOUNS, SOURCE_NOUNS, quote_speaker, speaker, statement_author
from checker.countries import COUNTRY_NAMES
from checker.lexicon import Lexicon
from checker.model import DAY_PARTS, Claim, Document, Mention, Scope, Sentence
from checker.numbers import (
    FIRST_PLACE_ITEM_AFTER,
    FIRST_PLACE_ITEM_BEFORE,
    find_mentions,
    parse_number_word,
    place_list_item,
)
from checker.prefilter import Contains, EndsWith, positions_folded
from checker.segment import Segmented, segment
from checker.units import is_claim_unit

_MODIFIER = (r"(?:other|more|additional|further|new|separate|different|enemy|hostile|"
             r"long-range|short-range|guided|armed|innocent|young|local|foreign|elderly|injured|wounded|missing|"
             r"unidentified|suspected|confirmed|russian|ukrainian|israeli|iranian|"
             r"neighbou?ring|surrounding|adjoining|adjacent|nearby|connected|interconnected|designated|affected|registered|speciali[sz]ed|licen[sc]ed|"
             r"functioning|operating|existing|remaining|surviving|burning|participating|working|"
             # "the crews of two nearby charter fishing boats": nouns in -ing that name a kind
             r"fishing|mining|shopping|parking|housing|boarding|"
             # "19 collapsed buildings": participles that describe the thing counted
             r"collapsed|damaged|destroyed|flooded|burned|burnt|abandoned|submerged|gutted|razed|"
             # "rescued 64 people from two overloaded dinghies"
             r"overloaded|overcrowded|crowded|packed|capsized|disabled|stranded|overturned|derailed|wrecked|sunken|"
             r"[a-z]+-(?:type|made|designed|class|based)|[A-Z][a-z]+-(?:type|made|designed|class)|"
             r"[A-Z][A-Za-z]*-[A-Z0-9][\w/-]*|"  # designations: "3 Iskander-M missiles", "Shahed-136"
             r"(?-i:[A-Z]{2,5})(?=\s)|"  # "all 27 EU member states", "12 UN peacekeepers"
             r"(?!(?:and|or|of|in|on|at|to|the|a|an|were|was|had|have|has|is|are|be|been|from|"
             r"with|by|for|as|than|that|this|these|those|who|which|while|after|before|during|"
             r"since|when|into|over|under|about|across|killed|dead|died|"
             r"where|what|whose|there|here|then|also|just|only|even|still|now|all|both|each|some|"
             r"many|most|such|were|will|would|could|should|may|might|must|can|did|does|"
             r"their|its|his|her|our|your|hit|struck|got|fell|went|came|took|saw|found|"
             # "The 34 injured include five children": a verb and a figure, no adjectives
             r"include|comprise|number|total|remain|one|two|three|four|five|six|seven|eight|nine|ten|"
             r"eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|"
             r"[a-z]+teen|dozen)\b)"
             r"[a-z]{3,}(?<!ed)(?<!ing)(?<![^u]s))")  # adjectives: not verbs, not plural nouns
# "of the missiles", "of them", "dozens of drones": the noun a figure counts, after "of"
_OF_WHAT = re.compile(r"\s+of\s+(?:the|these|those|its|their|all)\s+", re.IGNORECASE)
_OF_PLAIN = re.compile(r"\s+of\s+", re.IGNORECASE)
_TIMES_AFTER = re.compile(r"\s+(?:of\s+)?times\b", re.IGNORECASE)
_COMPOUND_HEAD = re.compile(
    # "two UAS ground control stations", "drone launch sites", "drone storage facilities"
    r"\s+(?:(?:ground|control|launch|command|storage|production|assembly|repair)\s+){0,2}"
    r"(?:facilit(?:y|ies)|depots?|workshops?|warehouses?|"
    r"engines?|trucks?|crews?|fighters?|stations?|departments?|brigades?|units?|alarms?|"
    # "from two passenger coaches": vehicles, not passengers
    r"coach(?:es)?|bus(?:es)?|trains?|cars?|vans?|boats?|ferr(?:y|ies)|planes?|vessels?|ships?|carriages?|"
    r"wagons?|compartments?|cabins?|"
    r"hydrants?|officials?|teams?|squads?|companies|zones?|areas?|services?|makers?|operators?|"
    r"producers?|plants?|factory|factories|strikes?|systems?|launchers?|alerts?|sirens?|"
    r"warnings?|batteries|battery|sites?|casualties|deaths|injuries|fatalities)\b",
    re.IGNORECASE,
)
_PREDICATE = re.compile(
    # "17 have now been freed", "57 trapped people had been rescued"
    # ("27 kidnapped victims were rescued": what befell them after)
    r"\s+(?:(?:more|others|other\s+people|(?:[a-z]+ed\s+)?(?:people|persons|victims|villagers|residents))\s+)?"
    r"(?:(?:were|was|are|is|"
    r"(?:had|have|has)\s+(?:now\s+|also\s+|already\s+|since\s+)?been|"  # "17 have now been freed"
    r"remain(?:ed|s)?|being|got|have|has|had)\s+)?"
    r"(?:also\s+|reported\s+|confirmed\s+|still\s+|now\s+|later\s+|pronounced\s+|declared\s+|went\s+|gone\s+|"
    r"feared\s+(?=missing\b)|believed\s+(?=missing\b))*",
    re.IGNORECASE,
)
# "the toll rose to 78", "put the toll at 2,056": the figure completes a subject named before it
_UPDATE_BEFORE = re.compile(
    r"\b(?:rose|risen|rising|rises|climbed|climbing|climbs|jumped|increased|grew|reached|reaching|"
    r"bringing|taking|raising|pushing|"
    r"stands|stood|stand|put|puts|putting|raised|revised|updated|hit)\b[^.;,]{0,45}?\b(?:to|at)\s+"
    r"(?:at\s+least\s+|more\s+than\s+|over\s+|about\s+|around\s+|nearly\s+|almost\s+)?$|"
    r"\b(?:revised|updated|corrected|lowered)\s+(?:the|its|their)\s+(?:number|count|toll|tally)\b[^.;]{0,90}?"
    r"\bto\s+$|"
    # "That raised the death toll from Israel's attacks on Gaza since October 2023 to 56,647"
    r"\b(?:raised|raising|brought|bringing|took|taking|pushed|pushing)\s+the\s+(?:death\s+)?"
    r"(?:toll|number|tally|count)\b[^.;]{0,90}?\bto\s+$",
    re.IGNORECASE,
)
# the last word of any _UPDATE_BEFORE match, which ends where the figure starts
_UPDATE_TAILS = ("to", "at", "least", "than", "over", "about", "around", "nearly", "almost")
_RATE = re.compile(
    r"\s+(?:(?:a|an|per|each|every)\s+(?P<per>day|night|week|month|year|hour|minute|second)\b"
    r"(?!\s+(?:earlier|later|before|after|ago|prior))|"  # "1,200 a day earlier" is not a rate
    # "8.1 deaths per 100,000 inhabitants": a rate by population; "1.14 deaths per 100 million vehicle
    # miles traveled": by distance
    r"(?:per|for\s+every)\s+(?P<people>100,000|100\s000|10,000|1,000|1\s000|million|billion|"
    r"(?:1|10|100)\s+(?:million|billion))"
    r"(?:\s+(?:people|inhabitants|residents|population|persons|"
    r"(?:vehicle\s+)?(?:miles|kilometres|kilometers|km)(?:\s+(?:traveled|travelled|driven))?))?\b|"
    # "About 66 people die on our roads every day": a rate told by the verb
    r"\s*(?:die|are\s+killed|are\s+injured|lose\s+their\s+lives|perish|died|were\s+killed|were\s+injured|"
    r"(?:were\s+)?lost)\b[^.;,]{0,40}?\s+"
    r"(?:every|each|a|per)\s+(?P<per2>day|week|month|year)\b)",
    re.IGNORECASE,
)
_PLAIN_NOUN = re.compile(rf"(?:\s+{_MODIFIER}|\s+[a-z]+-[a-z]+|\s+[A-Z][a-z]+(?:an|ese|ish|i)){{0,2}}?"
                         rf"\s+(?P<noun>[a-z][a-z\-]{{2,}}s)\b")  # "12 European cities"
_NOT_NOUN = frozenset(

        "was were is are has have had does its this thus also always years days hours weeks months "
        "minutes seconds times percent as across towards afterwards besides perhaps whereas unless "
        "nevertheless".split()

)
# "and nine of injuries": what the nine died of, not what they are
_CAUSES_OF_DEATH = frozenset("injuries wounds burns drowning asphyxiation suffocation".split())
_WITH_PARTS_AFTER = re.compile(r"[^.;,]{0,40},[ \t]+including[ \t]+\d")
_SUBGROUP = frozenset(
    "children child kids women woman men man babies infants teenagers students elderly girls boys".split()
)
_WHOLE_BEFORE = EndsWith(re.compile(r"(?:\bout\s+of|(?<!total )(?<!maximum )(?<!minimum )(?<!number )\bof)"
                                    r"(?:\s+(?:the|all|those|its|their))?\s+$", re.IGNORECASE),
                         ("of", "the", "all", "those", "its", "their"))
_OTHER_AFTER = re.compile(r"[ \t]+other[ \t]+(?:deaths|fatalities|victims|dead|casualties)\b", re.IGNORECASE)
_DEADLIEST_CAUSE_BEFORE = re.compile(
    r"\b(?:have\s+been|has\s+been|were|are)\s+the\s+(?:deadliest|most\s+deadly)"
    r"(?:\s+(?:cause|hazard|disasters?|type))?\s*,\s*(?:killing|claiming|with)\s+(?:at\s+least\s+)?$",
    re.IGNORECASE)
_RANKED_PLACE = r"\s*(?P<place>[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+)?)[ \t]+"
_THE_MOST = r"[ \t]+the[ \t]+(?:most|highest|largest)\b"
_RANKED_SUBJECT = re.compile(_RANKED_PLACE + r"(?:(?:again|also|still|once[ \t]+again)[ \t]+)?"
                             # "Glasgow City again had the highest rate of any council area, with 227 deaths"
                             + r"(?:(?:has|had|recorded|reported|saw|suffered)" + _THE_MOST
                             # "Austria was hardest hit, with five deaths"
                             + r"|(?:was|were)[ \t]+(?:the[ \t]+)?(?:hardest|worst)[ \t-]+hit\b)")
# a paragraph that opens "Kazakhstan has recorded the most deaths." goes on about Kazakhstan
_RANKED_OPENING = re.compile(_RANKED_PLACE + r"(?:(?:has|had)[ \t]+)?"
                             r"(?:has|had|recorded|reported|saw|seen|suffered)" + _THE_MOST)
_OF_THE_THINGS_AFTER = re.compile(
    r"\s+of\s+(?:the|these|those)\s+(?:[\w-]+\s+)?(?:drones|missiles|rockets|UAVs)\b", re.IGNORECASE)
_DASH_LIST_OPENS = re.compile(r"\d[\w ]{0,14}?[ \t][-\u2013\u2014][ \t]*$")
_NONE_OF_BEFORE = re.compile(r"\b(?i:none)[ \t]+of[ \t]+(?:the|its|their|his|her)[ \t]+"
                             r"(?:[\w-]+['\u2019]s[ \t]+)?$")
_A_MEASURE_SHARED_AFTER = re.compile(r"[ \t]*(?:,|or|to|and)[ \t]*\d[\d.,]*[ \t]*(?:degrees|\u00b0|percent|%|"
                                     r"per[ \t]*cent|kilometres|km|miles|metres|meters|feet|inches|mm|cm)"
                                     r"(?!\w)")
_A_PARENT_OF_BEFORE = EndsWith(re.compile(r"\b(?:father|mother|parent|grandfather|grandmother|mum|mom|dad)"
                                          r"[ \t]+of[ \t]+$", re.IGNORECASE), ("of",))
# "8 others, including 3 children, were injured"; "One civilian, a 78-year-old woman ..., was"
_APPOSITION_AFTER = re.compile(
    # "8 others, including 3 children, were injured"; "27 kidnapped victims, comprising 18 women and 9
    # children, were rescued"
    r"(?:\s+(?:[a-z]+ed\s+)?(?:people|persons|victims|villagers|residents))?"
    r"\s*,\s*(?:including|comprising|consisting\s+of|among\s+them|of\s+whom|an?\s|the\s)[^,.;:]{1,80},",
    re.IGNORECASE)
_A_PARTICIPLE_PHRASE_THEN_A_PREDICATE = re.compile(
    r"[ \t]+(?:trapped|caught|stranded|buried|pinned)[ \t]+"
    r"(?:by|in|under|inside|beneath|at|during|after)[ \t][^,.;:()\"\u201c]{0,90}?[ \t]"
    r"(?:(?:have|has|had)[ \t]+(?:now[ \t]+|since[ \t]+|all[ \t]+)?been|were|was)[ \t]+"
    r"(?:all[ \t]+|safely[ \t]+|later[ \t]+)?", re.IGNORECASE)
# "27 kidnapped victims, comprising 18 women and 9 children, were rescued": the items of an apposition
# take the verb after it, not the adjective of the noun before it
_INSIDE_AN_APPOSITION_BEFORE = re.compile(
    r",\s*(?:including|comprising|consisting\s+of|among\s+them)\s+[^,.;:()]{0,60}$", re.IGNORECASE)
_AN_APPOSITION_CLOSES_THEN_A_PREDICATE = re.compile(
    r"[^,.;:()]{0,60}?,\s*(?:were|was|(?:had|have|has)\s+been)\s+(?:also\s+|all\s+|later\s+)?", re.IGNORECASE)
# (not "down from the 11 it reported this morning": an earlier count)
_FROM_THE_WHOLE_BEFORE = re.compile(r"(?<!\bup)(?<!\bdown)(?<!\brose)(?<!\bfell)(?<!\brisen)(?<!\bfallen)"
                                    r"[ \t]+(?:from|out[ \t]+of)[ \t]+(?:the|all)[ \t]+$", re.IGNORECASE)
_NO_RELEASE_BEFORE = re.compile(
    r"\b(?:(?:press|news|media)[ \t]+|"
    r"(?:demand\w*|call\w*[ \t]+for|seek\w*|sought|press\w*[ \t]+for|push\w*[ \t]+for|"
    r"wants?|urg\w*|await\w*|plead\w*[ \t]+for|appeal\w*[ \t]+for|"
    r"ask\w*[ \t]+for|in[ \t]+exchange[ \t]+for|for)[ \t]+(?:the[ \t]+)?(?:immediate[ \t]+|safe[ \t]+)?)rele",
    re.IGNORECASE)
_LAUNCH_CATEGORIES = frozenset({"drones_launched", "missiles_launched", "ballistic_launched",
                                "cruise_launched", "targets_launched"})
_LAUNCHED_BY = re.compile(r"\s+(?:by|from|toward|towards|at)\b", re.IGNORECASE)
_SEVERITY_WORDS = frozenset("critically seriously severely gravely badly lightly slightly moderately".split())
_SEVERITY_JUST_AFTER = re.compile(rf"[ \t]+(?:{'|'.join(sorted(_SEVERITY_WORDS))})\b(?![ \t]*-)")
_SEVERELY_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(_SEVERITY_WORDS))})[ \t]+$", re.IGNORECASE)
_MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_ABBREVIATIONS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|" + _MONTH_NAMES
_WEEKDAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_WEEKDAYS_LOWER = frozenset(_WEEKDAY_NAMES.lower().split("|"))
_RANKED_PERIOD = re.compile(
    rf"\s*(?:(?:{_MONTH_NAMES}|"
    rf"{_WEEKDAY_NAMES}|(?:19|20)\d\d)|"
    r"[Tt]he\s+(?:first|second|third|fourth|last|final)\s+(?:week|month|quarter|day|half))\s+"
    r"(?:was|is|had\s+been|has\s+been|saw)\s+(?:also\s+)?(?:the\s+)?"
    r"(?:\w+est\b|least\s+\w+|most\s+\w+|worst|busiest|quietest)")
_RANKED_IN_SENTENCE = re.compile(r"\b(?:remained|remains|was|were|is|are)[ \t]+(?:again[ \t]+|also[ \t]+)?"
                                 r"the[ \t]+(?:single[ \t]+)?(?:[a-z]+est|most[ \t]+[a-z]+|worst)"
                                 r"[ \t]+[a-z]+")
_FOLLOWED_BY_BEFORE = re.compile(r"\bfollowed[ \t]+by[ \t]+[^,;.()]{1,40}?\([ \t]*$")
_WITH_BEFORE = re.compile(r"\bwith\s+(?:at\s+least\s+|about\s+|around\s+|some\s+|nearly\s+)?$",
                          re.IGNORECASE)
_CARE_WORDS = re.compile(r"hospitali[sz]ed|discharged|in\s+(?:the\s+)?hospital|admitted\s+to(?:\s+hospital)?|"
                         r"under\s+treatment|receiving\s+treatment|intensive\s+care|on\s+ventilators?|"
                         r"ventilator\s+support|treated\s+in\s+hospital|taken\s+to\s+hospital",
                         re.IGNORECASE)
_COUNTED_TWICE_AFTER = re.compile(r"[ \t]+(?:had[ \t]+been|have[ \t]+been|were|was)[ \t]+"
                                  r"(?:mistakenly[ \t]+)?(?:counted|recorded|listed|registered)[ \t]+"
                                  r"(?:twice|two[ \t]+times|double)\b")
_SHOT_AFTER = re.compile(r"[ \t]+(?:people[ \t]+)?(?:were|had[ \t]+been|have[ \t]+been)[ \t]+shot\b"
                         r"(?![ \t]+down)")
_DISCHARGED = frozenset({"discharged", "treated and released", "released from hospital",
                         "released from the hospital", "allowed to go home", "sent home", "went home",
                         "gone home", "treated and discharged"})
_GENERIC_LAUNCHED = frozenset({"missiles_launched", "drones_launched"})
# "The four workers treated at the plant hospital for minor injuries were discharged on Tuesday"
_WERE_DISCHARGED_AFTER = re.compile(r"[^.;:,]{0,80}?\b(?:were|was|have\s+been|had\s+been|has\s+been)\s+"
                                    r"(?:since\s+|later\s+|all\s+|already\s+)?discharged\b", re.IGNORECASE)
_AMONG_THE_WEAPONS = re.compile(r"\s*Among\s+(?:them|those|these|the\s+(?:missiles|drones|rockets|weapons|"
                                r"projectiles|targets))\s+(?:were|was|are)\b", re.IGNORECASE)
_KIND_OF_INJURY = re.compile(r"\b(?:burns?|gunshot|bullet|shrapnel|stab|knife|head|spinal|chest|eye|"
                             r"blast|crush|minor|serious|severe|critical|slight|light|life-threatening)\s+$",
                             re.IGNORECASE)
# Each regex X = EndsWith(regex, words) or Contains(regex, words) below is tried only where its
# window ends with one of the words (then whitespace) or holds one: checker.prefilter.
# "Among the bodies recovered overnight were four members of one family": some of the bodies
_AMONG_THE_FOUND_OPENING = re.compile(r"[ \t\"\u201c]*Among[ \t]+the[ \t]+"
                                      r"(?:bodies|dead|victims|injured|wounded)[ \t]+"
                                      r"(?:[a-z]+[ \t]+){1,4}?(?:were|are|was)[ \t]+")
_SUBSET_BEFORE = EndsWith(re.compile(
    r"(?:\bincluding|\bamong\s+whom|\bof\s+whom|,\s*of\s+which|\bincluded|\bincludes|"
    # "61 were killed ..., a figure that includes the 14 bodies retrieved": the 14 told before
    r"\b(?:figure|toll|count|number|tally)\s+(?:that|which)\s+includes\s+the|"
    # "Women accounted for 23 civilian casualties": a share of a whole
    r"\baccount(?:ed|ing|s)\s+for|"
    # "Police said the 11 dead comprised 9 guests and 2 staff members"
    r"\bcompris(?:e|ed|es|ing)|\bconsist(?:ed|s)?\s+of|\bwere\s+made\s+up\s+of|"
    # "the dead were", "The five dead are two Poles, a Czech, ..."
    r"\bthe\s+(?:[\w,]+\s+)?(?:dead|injured|wounded|victims|passengers|crew|occupants)\s+"
    r"(?:are|were|include|included)|"
    r"\bamong\s+(?:them|those|these|the\s+(?:dead|injured|wounded|victims|missing|casualties|missiles|"
    r"drones|rockets|weapons|projectiles|targets))(?:\s+(?:were|are|was))?"
    r"(?:\s+at\s+least)?)\s+(?:at\s+least\s+|some\s+)?$",
    re.IGNORECASE,
), ("including", "whom", "which", "included", "includes", "comprised", "comprises", "comprising", "comprise",
      "of", "for",
      "are", "were", "include",
      "them", "those", "these", "dead", "injured", "wounded", "victims", "missing", "casualties", "missiles",
      "drones", "rockets", "weapons", "projectiles", "targets", "was", "least", "some", "the"))
# "six of them", "62 of the injured", "three of the dead": a part of a group named before
_KIND_OF_PEOPLE_AFTER = re.compile(
    r"\s+(?:of\s+them\s+)?(?:were|are|was)\s+(?:(?:young|small|adult|elderly|foreign)\s+)?"
    r"(?:children|women|men|girls|boys|minors|adults|soldiers|civilians|police\s+officers|policemen|"
    r"foreigners|students|pupils|teachers|workers|pilgrims|migrants|refugees|fighters|militants)\b",
    re.IGNORECASE)
_PLACE_LABEL = re.compile(r"[ \t]*(?:[-*\u2022][ \t]*)?(?P<place>[A-Z][\w'\u2019-]+"
                          r"(?:[ \t]+(?:[A-Z][\w'\u2019-]+|and|of|the))*)[ \t]*:[ \t]")
_PLACE_DASH_LABEL = re.compile(r"[ \t]*(?P<place>[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+){0,2})[ \t]+"
                               r"[-\u2013\u2014][ \t]+[A-Z][a-z]+[ \t]*:")
_IN_PLACE_ITSELF = re.compile(r"\s*In\s+(?:the\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?\s+itself\s*,")
_MORE_THINGS_AFTER = re.compile(r"\s+(?:more|additional|further)\s+(?:(?:[\w-]+\s+)?"
                                r"(?:drones|missiles|rockets|UAVs|UAS|shaheds|targets)\b|"
                                # "89 drones ... on Saturday, 27 of them over the Moscow region, and 64
                                # more overnight into Sunday": the next night's addition
                                r"(?:overnight|during|over|since|later|the\s+following|that\s+night)\b)",
                                re.IGNORECASE)
_MORTUARY = Contains(re.compile(r"\b(?:mortuary|morgue)\b", re.IGNORECASE), ("mortuary", "morgue"))
# "Poland's toll is unchanged at four"; a headline's "Louisiana death toll rises to five"
# "Bihar's disaster management department put its toll at 27": the toll of the place whose body gives it
_OWNER_OF_TOLL = re.compile(r"(?<!\bthe\s)\b(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
                            r"(?:['\u2019]s\s+(?:[a-z]+\s+)?(?:death\s+)?toll|\s+death\s+toll|"
                            r"['\u2019]s\s+(?:[a-z]+\s+){0,3}(?:department|ministry|government|authorities|"
                            r"administration|agency|office)\s+(?:put|puts|gave|gives|placed|places)\s+"
                            r"(?:its|the|their)\s+(?:[a-z]+\s+)?toll)\b")
_FOUND_THE_BODIES_OF_BEFORE = re.compile(r"\b(?:found|recovered|retrieved|pulled[ \t]+out|dug[ \t]+out)[ \t]+"
                                         r"the[ \t]+bodies[ \t]+of[ \t]+$")
# "the bodies of 1,000 fallen servicemen were returned": a repatriation, no toll
_BODIES_RETURNED = re.compile(r"\b(?:repatriat\w*|returned|return\s+of|exchanged?|swap\w*|handover\s+of|"
                              r"handed\s+over\s+to\s+the\s+\w+\s+side|received\s+the\s+bodies)\b",
                              re.IGNORECASE)
_BODIES_OF_BEFORE = re.compile(r"\bbodies\s+of\s+(?:at\s+least\s+|some\s+|about\s+|another\s+|the\s+)?$",
                               re.IGNORECASE)
_OF_THEM_ONLY = re.compile(r"\s+of\s+them\b", re.IGNORECASE)
# "of the", "of its", "out of the ship's": before the everyone a figure is some of
_OF_THE_OWNED = (r"(?:out[ \t]+)?of[ \t]+(?:the[ \t]+|all[ \t]+)?"
                 r"(?:(?:its|their|his|her|our|the[ \t]+[\w-]+['\u2019]s|[A-Z][\w-]*['\u2019]s)[ \t]+)?")
# "7 of the 18 people on board died": the verb after the whole the figure is some of tells what
# the figure counts; the words of the whole ("on board") tell what the whole counts
_OF_THE_PEOPLE = re.compile(
    rf"[ \t]+{_OF_THE_OWNED}\d[\d,]*[ \t]+(?:[a-z-]+[ \t]+){{0,2}}?"
    r"(?:people|persons|passengers|workers|miners|migrants|crew(?:[ \t]+members)?|soldiers|occupants|"
    r"pilgrims|tourists|climbers|trekkers|students|children|inmates|prisoners|personnel|servicemen|troops)"
    # "killing nine of the 15 military personnel on board, the army said"
    r"(?:[ \t]+(?:on[ \t]+board|aboard|underground|inside|trapped|in[ \t]+the[ \t]+[a-z]+))?"
    r"(?=[ \t]+[a-z]|[ \t]*[.,;])")
# "12 of the workers who reached the surface by their own means were examined": the clause is the
# workers', the verb after it the 12's
_WHO_CLAUSE_AFTER = re.compile(r"[ \t]+who[ \t]+[^,.;\d]{1,60}?(?=[ \t]+(?:were|was|have|had|are)[ \t])")
_OF_THEM = re.compile(
    r"\s+(?:of\s+(?:them|whom|those|these|(?:their|its|his|her|our|the\s+[a-z-]+(?:'s|\u2019s))\s+(?=[a-z])"
    r"(?!(?:citizens|people|nationals|compatriots|countrymen|residents)\b)|"
    # "six of the French injured": some of one nationality's
    r"the\s+(?:(?-i:[A-Z][a-z]+)\s+(?=(?:injured|wounded|dead|victims|passengers|tourists)\b))?"
    r"(?:injured|wounded|dead|victims|deceased|tourists|"
    r"casualties|survivors|missing|rescued|hospitalised|hospitalized|people|passengers|bodies|"
    r"deaths|fatalities|toll|workers|miners|mineworkers|residents|students|pilgrims|migrants|patients|"
    r"crew|soldiers|civilians))\b|(?:[a-z]+\s+)?each\b(?![ \t]+in\b))",
    re.IGNORECASE,
)
_INCREMENT_BEFORE = EndsWith(re.compile(r"(?:\banother|\ba\s+further|\ban\s+additional)\s+$", re.IGNORECASE),
                             ("another", "further", "additional"))
# "Friday, when many holidaymakers drove back, added 27 deaths": a day's addition to a running total
_ADDED_N_AND_BEFORE = re.compile(r"\badded\s+[\d,]+\s+[a-z]+\s+and\s+$")
_A_DAY_OPENING = re.compile(r"[ \t\"\u201c]*(?:(?:On[ \t]+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
                            r"(?:The[ \t]+)?(?:last|final|first|second|third|fourth|fifth|sixth|seventh)"
                            r"[ \t]+day)\b")
# "The toll climbed by 19 in the past 24 hours": what was added to a toll (a `change` reads "rose by" of
# other figures)
_A_TOLL_ROSE_BY_BEFORE = re.compile(r"\b(?:toll|tally|number\s+of\s+(?:the\s+)?(?:dead|deaths|victims|"
                                    r"fatalities|injured|wounded))\b[^.;]{0,30}?\b(?:rose|risen|climbed|increased|"
                                    r"jumped|grew|grown|went\s+up|gone\s+up)\s+by\s+$", re.IGNORECASE)
_FURTHER_BEFORE = EndsWith(re.compile(r"\b(?:a\s+further|an\s+additional)\s+$", re.IGNORECASE),
                           ("further", "additional"))
_INCREMENT_AFTER = re.compile(r"\s+(?:more|additional|further|new)\b", re.IGNORECASE)
_NEGATION = re.compile(
    # "No fewer than 27 bodies", "not less than 40": a qualifier, no negation
    r"\b(?=[cdhimnprtuw])(?:(?:not|no)(?![ \t]+(?:fewer|less|more|later)[ \t]+than\b)|never|nothing|"
    r"n't|could|might|may(?![ \t]+\d)|cannot|could\s+have|"  # not the month: "Uri, May 9: Seven civilians"
    r"threaten(?:s|ed)?\s+to|risk(?:s|ed)?|potentially|hypothetically|if|unless|denied|deny|denies|"
    r"would\s+(?:be|have|mean|put|leave|bring|take))\b",  # "the toll would be 59": a supposition
    re.IGNORECASE,
)
# "Russia will attempt single attacks involving more than 1,000 UAVs": what may come, not what was
_WILL_ATTEMPT = re.compile(r"\bwill\s+(?:attempt|try|seek|aim|plan|probably|likely|possibly)\b",
                           re.IGNORECASE)
_PLACE = re.compile(
    r"\b(?=[AINOTabcfhinoprst])(?:[Ii]n|[Aa]cross|against|[Tt]hroughout|[Nn]ear|[Oo]utside|[Aa]round|[Oo]ver|at|of|on|"
    r"(?<=reported\s)from|(?<=recorded\s)from|(?<=toll\s)from|"  # "Four deaths were reported from Deoria"
    r"capital,?|"  # "in the Syrian capital Damascus", "the Lebanese capital, Beirut"
    r"[Nn]eighbou?ring|"  # "while neighbouring Zambezia reported 1,130 cases and nine deaths"
    r"struck|hit|pounded|"
    r"rocked|shook|battered|attacked|targeted|targeting|striking|hitting)\s+(?:the\s+|an?\s+)?"
    r"(?:(?:central|northern|southern|eastern|western|northeastern|northwestern|southeastern|"
    r"southwestern|northeast|northwest|southeast|southwest|north|south|east|west|neighbouring|"
    r"neighboring|nearby|coastal|rural|remote|peaceful|war-torn|besieged|embattled|frontline|front-line|"
    r"occupied|annexed|battered|flood-hit|quake-hit|storm-hit)\s+"
    # "the tornadoes that struck central and western Kentucky"
    r"(?:(?:and|or)\s+(?:central|northern|southern|eastern|western|north|south|east|west)\s+)?)?"
    r"(?:(?:city|town|village|region|province|state|district|port|capital|oblast)\s+of\s+)?"
    r"(?P<place>(?:(?:St|Ste|Mt|Ft)\.\s+)?"  # "St. Elizabeth", "Mt. Pleasant"
    r"[A-Z\u00C0-\u00D6\u00D8-\u00DE][a-z\u00C0-\u024F']+(?:-[A-Za-z\u00C0-\u024F']+)*"
    # "Deir el-Balah", "Dar al-Arqam", "Rio de Janeiro", "Ciudad del Este"
    r"(?:\s+(?:(?:el|al|ad|an|ar|as|ash|at|az|ez)-[A-Z][a-z\u00C0-\u024F']+|"
    r"(?:de|da|del|do|dos|das|di|la|le)\s+[A-Z][a-z\u00C0-\u024F']+|"
    # "the Line of Control", "the Gulf of Aden", "the Sea of Azov"
    r"(?:(?<=Line\s)|(?<=Gulf\s)|(?<=Sea\s)|(?<=Bay\s)|(?<=Strait\s)|(?<=Isle\s)|(?<=Lake\s))of\s+(?:the\s+)?"
    r"[A-Z][a-z\u00C0-\u024F']+|"
    r"[A-Z][a-z\u00C0-\u024F']+(?:-[A-Za-z\u00C0-\u024F']+)*)){0,2}"
    r"(?:\s+(?:region|oblast|province|district|county|state))?)"
    r"(?![A-Za-z\u00C0-\u024F])"  # not "Lo" of "the LoC"
)
# "the Ukrainian capital", "Israeli strikes": an adjective of nationality is not a place
_DEMONYM = re.compile(r"(?:ians?|eans?|ese|ish|icans?|Israelis?|Iraqis?|Pakistanis?|Yemenis?|Saudis?|"
                      r"Kuwaitis?|Qataris?)$")  # "the number of Palestinians freed": people
# "the Greek island of Crete": a nationality alone (the "Czech Republic" is a place)
_NATIONALITY = frozenset(
    "Greek Greeks Thai Thais French Dutch Czech Czechs Swiss Nepali Nepalis Bangladeshi Bangladeshis Omani "
    "Omanis Emirati Emiratis Somali Somalis Filipino Filipinos Afghan Afghans Libyan Libyans Kenyan Kenyans "
    "Ugandan Ugandans Rwandan Rwandans Uzbek Uzbeks Kazakh Kazakhs Tajik Tajiks Bahraini Bahrainis "
    "German Germans Cuban Cubans Moroccan Moroccans Lankan Lankans Salvadoran Salvadorans Venezuelan "
    "Venezuelans Honduran Hondurans Guatemalan Guatemalans Nicaraguan Nicaraguans Uruguayan Uruguayans "
    "Paraguayan Paraguayans Argentine Argentines Philippine Lao Khmer Azerbaijani Azerbaijanis Azeri Azeris "
    "Kosovar Kosovars Icelandic Welsh Burkinabe Nigerien Nigeriens Malagasy Turkmen Kyrgyz Chechen Chechens "
    "Dagestani Moldovan Moldovans Slovak Slovaks Samoan Tongan Cypriot Cypriots".split())
# "five Local Government Areas of the State", a "Press Release" heading: no place named
_NOT_PLACES_ALONE = frozenset({"State", "Press Release", "Release", "News Release", "Statement",
                               "Islamic State", "the Islamic State"})  # the armed group, not a place
# "over Russian regions", "in Israeli airspace": the country, named by its adjective
_COUNTRY_OF = {"Russian": "Russia", "Ukrainian": "Ukraine", "Israeli": "Israel", "Iranian": "Iran",
               "Lebanese": "Lebanon", "Syrian": "Syria", "Saudi": "Saudi Arabia", "Polish": "Poland",
               "Romanian": "Romania", "Belarusian": "Belarus", "Moldovan": "Moldova", "Yemeni": "Yemen",
               "Iraqi": "Iraq", "Jordanian": "Jordan", "Turkish": "Turkey", "Pakistani": "Pakistan",
               "Indian": "India", "Afghan": "Afghanistan", "Sudanese": "Sudan", "Egyptian": "Egypt",
               "Emirati": "United Arab Emirates", "Qatari": "Qatar", "Kuwaiti": "Kuwait"}
# "over Russian regions", "in Polish airspace": found by the word after the adjective (a literal word is
# quick to find; an adjective out of many is not), then the adjective and the preposition before it
_COUNTRY_AREA_TAIL = re.compile(r"\s+(?:regions|territory|airspace|soil|cities|towns|border\s+regions)\b")
_COUNTRY_ADJECTIVE_BEFORE = re.compile(r"\b(?P<adj>" + "|".join(_COUNTRY_OF) + r")\Z")
_COUNTRY_AIR_DEFENCE = re.compile(r"\b(?P<adj>" + "|".join(_COUNTRY_OF) +
                                  r")\s+air[\s-]defen[cs]es?\b")
_ONE_SIDE_S_WEAPONS = re.compile(r"[\w,.]+[ \t]+(?:[a-z-]+[ \t]+)?(?P<side>Ukrainian|Russian)[ \t]+"
                                 r"(?:[\w-]+[ \t]+){0,2}?"
                                 r"(?:drones|UAVs|unmanned\s+aerial\s+vehicles|missiles)\b")
_THE_OTHER_SIDE = {"Ukrainian": "Russia", "Ukraine": "Russia", "Russian": "Ukraine"}
# the countries a place may be named as, wider than any region listed under them
COUNTRIES = frozenset(_COUNTRY_OF.values()) | COUNTRY_NAMES
# the countries whose own figure of a night ("over Ukraine") stands for the whole night's, as an
# air force tells it: the sides of the air wars the rules compare across reports
NIGHT_COUNTRIES = frozenset(_COUNTRY_OF.values())
_COUNTRY_AREA_PREPOSITION = re.compile(r"\b(?:over|across|in|into|on|enter(?:s|ed|ing)?|"
                                        r"violat(?:e|es|ed|ing)|cross(?:es|ed|ing)?)\s+"
                                        r"(?:the\s+territory\s+of\s+)?\Z")
_MODEL_NAME = re.compile(r"-[A-Z0-9]{1,2}\b|-$")
NATIONWIDE = "nationwide"  # the place of "across the country", whatever the country
# the place the engine gives a figure with none in an article that names several for its category
UNPLACED = "(no place given)"
_NATIONWIDE = Contains(re.compile(
    r"\b(?=[acinot])(?:(?:across|throughout|around)\s+the\s+(?:country|nation)\b|nationwide\b|countrywide\b|"
    r"nationally(?=\s*,)|"  # "Nationally, the rains have killed 63"
    # "Cumulatively, the country has recorded 1,912 cases and 58 deaths"
    r"the\s+country\s+(?:has|had)\s+(?:so\s+far\s+|now\s+)?(?:recorded|reported|registered)\b|"
    r"national\s+(?:death\s+)?(?:toll|tally)\b|"  # "The national toll therefore stands at seven"
    r"(?:over|across|in)\s+(?:the\s+)?(?:several|multiple|many|numerous|a\s+number\s+of|\d+|two|three|four|five|"
    r"six|seven|eight|nine|ten|\w+\s+different)\s+(?:(?-i:[A-Z])\w+\s+){0,2}"  # "four Central Asian"
    r"(?:regions|provinces|states|oblasts|districts|countries|nations)\b)",
    re.IGNORECASE,
), ("nation", "country", "countries", "region", "province", "state", "oblast", "district"))
_AREA_WIDE_WORD = re.compile(r"\b(?:state|province|region|county|city)-?wide\b", re.IGNORECASE)
_AREA_WIDE = re.compile(r"\b(?:across|throughout|in|on|over)\s+the\s+(?:whole\s+|entire\s+)?"
                        r"(?P<area>region|province|oblast|county|district)\b(?!\s+of\b|['\u2019])",
                        re.IGNORECASE)
_SEVERAL_AREAS = re.compile(r"\b(?:across|throughout|in|over)\s+(?P<areas>the\s+(?:two|three|four|five|six|"
                            r"seven|eight|nine|ten|\d+)\s+(?:regions|provinces|oblasts|counties|districts|"
                            r"prefectures|governorates))\b", re.IGNORECASE)
# a name with its kind of area needs no preposition to be a place: "Salkot district recorded"
_AREA_KINDS = "district|province|region|oblast|county|prefecture|governorate"
_AREA_WORD = re.compile(_AREA_KINDS, re.IGNORECASE)
_AREA_KIND_WORDS = tuple(_AREA_KINDS.split("|"))
_AREA_OR_STATE_WORD = re.compile(_AREA_KINDS + "|state", re.IGNORECASE)
_TYPED_PLACE = re.compile(
    # not from inside a hyphenated name: "Deir el-Zor province" is not "Zor province"
    r"(?<![\w'\-])(?!The\b)(?:(?P<place>[A-Z][a-z\u00C0-\u024F'\-]+"
    r"(?:\s+(?:(?:el|al|ad|an|ar|as|ash|at|az|ez)-)?[A-Z][a-z\u00C0-\u024F'\-]+){0,2}\s+"
    rf"(?:{_AREA_KINDS}|{_AREA_KINDS.title()}))|"  # "Salkot district", "Teve District"
    # "Ruwan State recorded 13 deaths", "Borno State"; not "Islamic State" or "a Member State"
    r"(?P<state>(?!(?:Islamic|Member|Nation|Welfare|Police|Deep|Secretary|Head|Sovereign|Jewish|Arab|"
    r"Independent|Federal|United|Red|Solid|Steady)\b)[A-Z][a-z\u00C0-\u024F'\-]+\s+State)(?!\s+(?:[A-Z]|"
    r"media|television|TV|news|agency|department|police|university|house|governments?|officials?))|"
    # "Atsinanana is the worst-hit region, with 8 deaths"
    r"(?P<subject>[A-Z][a-z\u00C0-\u024F'\-]+(?:\s+[A-Z][a-z\u00C0-\u024F'\-]+)?)\s+(?:is|was|remains|remained)"
    rf"\s+the\s+(?:[\w-]+\s+){{0,2}}(?:{_AREA_KINDS}|state))\b")
_POSSESSIVE_PREFIX = re.compile(r"^(?:[A-Z][\w\-]+\s+)?[A-Z][\w\-]+(?:'s|\u2019s)\s+(?=[A-Z])")
_NOT_PLACES = frozenset(
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Wed Thu Fri Sat Sun "
    # holidays: "at the Christmas market", "during the Eid prayers"
    "Christmas Easter Ramadan Eid Diwali Hanukkah Thanksgiving Halloween Passover Holi Navratri "
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday The A An This That Telegram X "
    "Facebook Twitter Reuters AP AFP Level Category Phase Stage Grade Section Article Chapter "
    "Page By I II III IV V VI VII VIII IX X XI XII Richter Mercalli "
    # a fact-check's or a correction's label: "Verdict: Misleading. The confirmed toll ..."
    "Verdict Conclusion Rating Correction Clarification Update Claim Claims Fact Facts "
    # a report's name: "up from 14 in Situation Report #4"
    "Situation Sitrep Bulletin Advisory "
    # a faith is no place: "in front of the Catholic parish"
    "Catholic Protestant Anglican Orthodox Evangelical Pentecostal Methodist Baptist Lutheran Muslim "
    "Christian Jewish Buddhist Hindu Sunni Shia Shiite Coptic "
    # a storm is what struck, not where: "as a result of Typhoon Dalisay"
    "Typhoon Cyclone Hurricane Storm Tropical Super "
    # roads: "on Interstate 80", "on Route 4", "near Exit 14"
    "Interstate Route Highway Exit Motorway Freeway Expressway "
    # armed groups and movements are who acts, not where: "its air campaign against Hezbollah"
    "Hezbollah Hamas Houthis Houthi Taliban ISIS ISIL Daesh Wagner Fatah Jihad "
    # weapons: "436 strike UAVs of the Shahed, Gerbera and Italmas types"
    "Shahed Shaheds Gerbera Gerberas Italmas Geran Kalibr Iskander Kinzhal Lancet Orlan Zircon Oniks "
    "Tomahawk ATACMS HIMARS Patriot "
    # a number word opening a sentence: "Thirteen (57%) of the cases are female"
    "One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen Fifteen "
    "Sixteen Seventeen Eighteen Nineteen Twenty Thirty Forty Fifty Sixty Seventy Eighty Ninety "
    "Hundred Hundreds Thousand Thousands Dozens Scores Several "
    # currency marks: "an ex gratia of Rs 5 lakh each", "fined Tk 50,000"
    "Rs Rs. Tk Tk. Rp Rp. RM KSh INR PKR BDT NPR LKR PHP IDR USD EUR GBP "
    # what offices are "of": "the Inspector of Railways", "the Ministry of Health"
    "Railways Railway Health Defence Defense Interior Justice Transport Education Finance Agriculture "
    # what commissions and funds are "for" or "of": "the Commission for ... Victims of Violence"
    "Violence Victims Persons Rights Torture Conflict Disasters Peace Solidarity Reconciliation "
    # ranks and titles before a name: "the family of Able Seaman Ramil Dagohoy"
    "Able Seaman Captain Sergeant Corporal Private Lieutenant Colonel Commander Constable Mr Mrs Ms Dr "
    # a metro or rail line: "Line 9"; offices: "the Medical Officer in Charge", "the Fire and Emergency
    # Services"
    "Line Charge Fire".split()
)
# a bulletin's section label is not a place label: "Surveillance: 36 alerts", "Overview: ..."
_SECTION_LABEL = re.compile(
    r"(?:tion|sion|ment|ness|ology|ics|ities)$|^(?:Overview|Summary|Background|Update|Updates|Note|Notes|"
    r"Context|Totals?|Damage|Casualties|Cases|Response|Outlook|Forecast|Highlights|Key|Figures|Impact|"
    r"Needs|Funding|Access|Health|Shelter|Food|Water|Power|Energy|Latest|Breaking|Source|Sources|Status|"
    r"Trends?|Numbers|Data|Analysis|Timeline|Details|Facts|Recovery|Relief|Aid|Losses|Damages|Surveillance|"
    r"Assistance|Maintenance|Compliance|Guidance|Attendance|Insurance|Governance|Deceased|Dead|Injured|"
    r"Wounded|Missing|Killed|Hospitali[sz]ed|Discharged|Evacuated|Displaced|Rescued|"
    # a situation report's lines: "- Shelters: 3,940 persons in 96 shelters", "- Housing: ..."
    r"Shelters|Housing|Deaths|Injuries|Evacuations?|Electricity|Roads|Schools|Agriculture|Transport|"
    r"Telecommunications|Communications|Education|Livelihoods|Population|Households|Homes|Houses)$")
# "the Ministry of Health", "the Bureau of Labor Statistics", "State Security": institutions
_FORCE_WORDS = frozenset("Army Navy Forces Guard Guards Corps".split())
_INSTITUTION_WORDS = frozenset(
    "Health Security Statistics Affairs Defence Defense Justice Emergency Emergencies Interior "
    "Commerce Labor Labour Finance Education Energy Transport Transportation Agriculture Police "
    "Science Sciences Technology Medicine Management Situations Control Prevention Protection "
    "Relief Development Welfare Information Communications Intelligence Staff Services Tourism "
    "Environment Culture Sports Youth Housing Works Water Resources Forestry Fisheries Mines "
    "Mining Petroleum Trade Industry Planning Economy Treasury Immigration Customs Revenue "
    "Aviation Meteorology Geology Seismology Volcanology Disaster Disasters Rights Act "
    # "the Kyiv City Military Administration", "Zaporizhzhia Regional Military ...": a body
    "Military Administration Ministry Agency Authority Directorate Department Command "
    # a company: "employees of Jiangsu Ruifeng Fine Chemical Co., Ltd."
    "Co Ltd Inc Corp Corporation Company Group Holdings Industries Enterprises LLC PLC GmbH Chemical "
    "Chemicals College School Institute Academy "
    # "the General Staff of the Armed Forces", "troops of Operation Hadin Kai": who acts
    "Forces Operation Operations "
    # "members of the Revolutionary Guards", "the National Guard", "the Marine Corps": a force
    "Guards Guard Corps Army Navy Brigade Brigades Militia".split()
)
# the rest of a longer name the words matched as a place stop short of
_REST_OF_NAME = re.compile(r"(?:\s+[A-Z][\w&\-]*\.?,?){1,4}")
_TIME = Contains(re.compile(
    r"\b(?=[abdfilmostwy0-9])(?P<time>overnight|last\s+night|(?:over|in|during)\s+the\s+(?:past|last)\s+"
    r"(?:day|night|\d+\s+hours|week|month|year|(?:two|three)\s+days)|this\s+(?:year|week|month)|"
    r"(?:over|in|during)\s+the\s+24\s+hours\s+(?:to|ending|up\s+to|until|till)\b|"
    r"so\s+far\s+this\s+year|since\s+(?:19|20)\d\d|"
    # "since the beginning of the current campaign", "since 18:00 yesterday": a tally of its own period
    r"since\s+the\s+(?:start|beginning|outbreak|launch|onset)\s+of\s+the\s+(?:current\s+|latest\s+|present\s+)?\w+|"
    r"since\s+(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s+(?:yesterday|today|on\s+\w+day))?|"
    # "since the ceasefire", "since October 7, 2023": a tally of its own period
    r"since\s+(?:the\s+)?(?:ceasefire|truce|war|invasion|conflict|outbreak|offensive)\b|"
    rf"since\s+(?:{_MONTH_NAMES})(?:\s+\d{{1,2}})?(?:,?\s+(?:19|20)\d\d)?\b|"
    # "since Jan. 1": a wire's abbreviated month
    r"since\s+(?-i:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.\s+\d{1,2}\b|"
    rf"on\s+(?:{_WEEKDAY_NAMES})|yesterday|today|"
    # "were killed Wednesday in Israeli drone strikes": a wire's day with no "on"
    rf"(?<=ed\s)(?-i:{_WEEKDAY_NAMES})\b(?!['\u2019])|"
    # "Since Friday there have been 1,158 accidents": a tally of the days since
    rf"since\s+(?:{_WEEKDAY_NAMES})\b|"
    # "Nineteen deaths had been recorded before Thursday": the days before the one reported
    rf"before\s+(?:{_WEEKDAY_NAMES}|today|this\s+year)\b(?!['\u2019])|"
    # "The seven-day New Year road safety campaign ended with ... 253 deaths", "during the 15 days of
    # Eid-ul-Fitr journeys": a tally of those days
    r"(?:the\s+)?(?:\w+|\d+)-day\s+(?:[A-Za-z\-]+\s+){0,4}?(?:campaign|period|holiday|festival|operation|"
    r"break|exodus)\b|(?:during|over|in)\s+the\s+(?:\w+|\d+)\s+(?:days|nights)\b|"
    # "1,327 people killed ... in the 12 months to the end of March": a rolling year's tally
    rf"(?:during|over|in)\s+the\s+(?:\w+|\d+)\s+(?:weeks|months)(?:\s+to\s+(?:the\s+end\s+of\s+)?"
    rf"(?:{_MONTH_NAMES}))?\b|"
    # "The toll stood at 17 in Sunday's report": that day's figure
    rf"(?:in\s+)?(?:{_WEEKDAY_NAMES})['\u2019]s\s+(?:situation\s+)?"
    r"(?:report|bulletin|update|briefing|tally|count|figures?|statement|sitrep|toll)\b|"
    # "in its situation report as of 6 a.m. Monday": that day's figure
    r"as\s+of\s+(?:\d{1,2}(?:[:.]\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm|hrs)?\s+)?(?:on\s+)?"
    rf"(?:{_WEEKDAY_NAMES})|"
    r"last\s+(?:week|month|year)|"
    r"the\s+(?:night|morning|evening|afternoon)\s+of\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)\b|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:\s*[-\u2013/]\s*\d{1,2})?(?!\d)))",
    re.IGNORECASE,
), ("night", "past", "last", "this", "since", "day", "morning", "evening", "afternoon", "weeks", "months",
    "hours", "before"))
# ";", " - ", "but", "while", "whereas", ", and"/", which"...: written to start with the set of
# characters a break can start with, which the regex engine skips to without trying each branch
_CLAUSE_BREAK = re.compile(
    r"[;\s,bw](?:(?<=;)|(?<=\s)(?:[\u2013\u2014-]|--)\s|(?<=b)(?<!\wb)ut\b|(?<=w)(?<!\ww)h(?:ile|ereas)\b|"
    r"(?<=,)\s*(?:and|which|who|whom|whose|where|when)\b)"
)
_MEASURE_BEFORE = EndsWith(re.compile(
    r"\b(?:magnitude|category|level|phase|stage|grade|class|number|no\.|size|force|scale|index|"
    # "an earthquake measuring 5.6 on the Richter scale", "a tremor registered at 4.9"
    r"measuring|measured|registering|magnitude\s+of|(?:measured|registered)\s+at)\s+$",
    re.IGNORECASE,
), ("magnitude", "category", "level", "phase", "stage", "grade", "class", "number", "no.", "size", "force",
      "scale", "index", "measuring", "measured", "registering", "of", "at"))
_MEASURE_AFTER = re.compile(r"-?\s?(?:magnitude|category|point|percent)\b|\s+on\s+the\s+Richter\b",
                            re.IGNORECASE)
_COMPOUND_AFTER = re.compile(r"-([a-z]+)\b")
# a figure standing alone as the subject: "28 were lost from radar", "29 of them were downed"
_NONE_OF_THEM_HURT_AFTER = re.compile(r"[ \t]*,?[ \t]+none[ \t]+of[ \t]+(?:whom|them)[ \t]+"
                                      r"(?:were|was|had[ \t]+been)[ \t]+(?:physically[ \t]+)?"
                                      r"(?:hurt|injured|wounded)\b")
_BARE_OBJECT_END = re.compile(r"[ \t]*[,.;:]")
_AN_INTERCEPTING_VERB_BEFORE = EndsWith(re.compile(
    r"\b(?:shot[ \t]+down|downed|destroyed|intercepted|neutrali[sz]ed|suppressed|jammed)[ \t]+$"), (
    "down", "downed", "destroyed", "intercepted", "neutralised", "neutralized", "suppressed", "jammed"))
_BARE_SUBJECT = re.compile(
    r"\s+(?:of\s+(?:them|those|these)\s+)?(?:were|was|had|have|are|more|others?|over|in|across|near|hit|"
    r"struck|reached|crashed|fell|landed|exploded)\b|"
    # "shot down or suppressed 417 of them - 389 drones and 19 missiles -"
    r"\s+of\s+(?:them|those|these)\b(?=\s*[-\u2013\u2014:,(.;]|"
    # "shot down 100 of them.", "reported 178 of them shot down or suppressed"
    r"\s+(?:shot|brought|destroyed|intercepted|downed|neutrali[sz]ed|suppressed|jammed|lost)\b)",
    re.IGNORECASE,
)
# each alternative of _PERIOD holds one of these words, so a window with none of them cannot match
_PERIOD_WORDS = (
    "earlier", "initial", "originally", "previously", "first", "second", "had", "since", "last", "previous",
    "past", "far", "quarter", "half", "year", "period", "every", "each", "annually", "ago", "between",
    "epi", "war", "conflict", "pandemic", "before", "prior", "stood", "record", "escalation", "uprising",
    "famine", "epidemic", "ground", "invasion", "fighting", "hostilities", "violence", "bombardment",
    "when", "separate", "unrelated", "different", "operation", "same", "days", "supersed", "annual",
    "update", "bulletin", "sitrep", "report", "communiqu", "24 hours", "yesterday", "after", "preceding",
    "leading",
    *(month.lower() for month in _MONTH_NAMES.split("|")),
)
_PERIOD = Contains(re.compile(
    r"\b(?=[abcdefhijlmnoprstuwy12])(?:earlier|initially|originally|previously|at\s+first|"
    r"first\s+(?:put|gave|given|reported|estimated|set|said|counted)\b|"
    # "had been recovered by last night": an earlier count; "by Wednesday afternoon" is the latest
    r"had\s+been\s+\w+\s+by\s+(?:last\s+night|yesterday|then)\b|"
    r"an?\s+(?:earlier|previous|initial)\s+(?:toll|count|tally|figure)|since|"
    rf"(?:last|previous|past)\s+(?:(?:festive|holiday|monsoon|rainy|fire|hurricane|typhoon)\s+)?"
    rf"(?:year|month|week\b|decade|century|season|spring|summer|autumn|fall|winter|{_MONTH_NAMES})|"
    r"so\s+far\s+this\s+(?:year|month|summer|winter|season|spring|autumn)|"
    r"so\s+far\s+in\s+(?:19|20)\d\d\b|"  # "So far in 2026, 14 police officers have died": the year's
    r"(?:last|previous|past)\s+monsoon\b|"
    # "Last Ramadan, five people died in a crush at a flour distribution": that season's
    r"(?:last|previous)\s+(?:Ramadan|Eid|Christmas|Easter|Diwali|Hajj|Holi|Songkran|Thanksgiving|Carnival|"
    r"New\s+Year)\b|"  # "Last monsoon, landslides on the same route killed 23 people"
    # "Thousands have died in Plateau over the past two decades"
    r"(?:last|past)\s+(?:two|three|four|five|six|seven|eight|nine|ten|several|few|\d+)\s+(?:years|decades)\b|"
    r"(?:first|second|last)\s+(?:half|quarter|(?:\w+\s+)?months)\s+of\s+(?:this|the|last)\s+year|"
    # "The October-to-December quarter, with 9,180 deaths", "in the fourth quarter": a quarter's tally
    r"(?:the\s+)?(?:[a-z]+-to-[a-z]+|first|second|third|fourth|final)\s+quarter\b|"
    # "The district's toll for the year now stands at 19"; "Over the Christmas and New Year enforcement
    # period, which began on 1 December, seven people have died": a year's, a campaign's tally
    r"for\s+the\s+year\b|(?:over|during|throughout)\s+the\s+(?:[\w-]+\s+){1,5}?period\b|"
    # "in the first three weeks of the month": a tally of weeks, not this night's
    r"(?:first|last|past)\s+(?:two|three|four|\d)\s+weeks\s+of\s+(?:the|this|last)\s+(?:month|year)|"
    r"(?:first|second|third|fourth|last)\s+(?:half|quarter)\s+of\s+(?:19|20)\d\d|"
    r"every\s+(?:year|month|summer|winter|season|monsoon)|each\s+year|annually|"
    r"earlier\s+this\s+(?:year|month)|the\s+previous\b|a\s+year\s+ago|"
    # "Between January and November 2026, the Marine Unit recorded 186 drowning deaths": months' tally;
    # "Between 1 and 14 July, MoH reported 402 fatalities": a span of days
    rf"between\s+(?:{_MONTH_NAMES})\s+and\s+(?:{_MONTH_NAMES})\b|"
    # "From January to April this year, PRO-7 recorded 1,203 drug-related arrests": months' tally
    rf"from\s+(?:{_MONTH_NAMES})\s+(?:to|through|until)\s+(?:{_MONTH_NAMES})\b|"
    rf"between\s+\d{{1,2}}(?:\s+(?:{_MONTH_NAMES}))?\s+and\s+\d{{1,2}}\s+(?:{_MONTH_NAMES})\b|"
    # "1,342 drones and 37 missiles between April 6 and April 12": a week's, not a night's
    rf"between\s+(?:{_MONTH_NAMES})\s+\d{{1,2}}\s+and\s+(?:(?:{_MONTH_NAMES})\s+)?\d{{1,2}}\b|"
    # "on five of the last seven nights, sending a total of 236 attack drones": a week's, not a night's
    r"(?:last|past)\s+(?:seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|[7-9]|[1-9]\d)\s+"
    r"(?:days|nights)\b|"
    # "1,690 drones and 58 missiles ... in the seven days to Sunday": a week's
    r"(?:in|over|during)\s+the\s+(?:seven|eight|nine|ten|fourteen|[7-9]|1\d)\s+days\s+(?:to|until|through)\b|"
    # "more than 2,300 people are killed on the country's roads in a typical year": any year's
    r"(?:in|during|over)[ \t]+an?[ \t]+(?:typical|normal|average|usual|ordinary)[ \t]+"
    r"(?:year|month|week|season)\b|"
    # "Situation Update No. 1 (28 August, 21:00) reported 10 deaths": an earlier numbered update's count
    r"(?:update|bulletin|sitrep|report|communiqu\w+)[ \t]+No\.?[ \t]*\d+[ \t]*\([^()]{1,40}\)[ \t]+"
    r"(?:had[ \t]+)?(?:reported|said|gave|put|listed|recorded)\b|"
    # "some researchers put annual deaths on the lake at close to 5,000": a year's, on average
    r"annual[ \t]+(?:deaths|toll|death[ \t]+toll|average|number|figures?|tally|casualties|fatalities)\b|"
    # "This toll supersedes that of the communique of 16 September, which reported 24 deaths": the old one's
    r"supersed(?:es|ed|ing)\b|"
    # "603 Ukrainian drones over the same week": the period told before, not the night
    r"(?:over|during|in)\s+the\s+same\s+(?:week|month|year|period|season|fortnight)\b|"
    # "During epidemiological week 3 (13 to 19 January), 746 new suspected cases and 9 deaths": a week's
    r"(?:during|in)\s+(?:epidemiological|epi)\s+week\s+\d+|"
    r"(?:years?|decades?|months?|weeks?|winters?|summers?|autumns?|springs?|monsoons?|seasons?)\s+ago|(?:during|throughout)\s+the\s+(?:war|conflict|pandemic)|"
    r"(?:before|prior\s+to)\s+that\b|"
    # "the deadliest strike on the city since the summer, when a glide bomb ... killed five people"
    r"(?:deadliest|worst|bloodiest|largest|biggest)\s+[^.;]{0,60}?\bsince\b[^.;]{0,40}?,\s+when\b|"
    # "The toll, which stood at four on Thursday afternoon, has risen": the toll as it stood
    r"(?:which|that)\s+(?:had\s+)?stood\s+at\s+$|"
    # "Four deaths had been reported in the hours after the attack": the count as it stood then
    r"had\s+been\s+(?:reported|confirmed|recorded)\s+in\s+the\s+(?:first\s+)?(?:hours|minutes)\s+after\b|"
    # "The worst season on record saw 1,688 deaths": a record, another season's toll
    r"(?:worst|deadliest|largest|biggest|highest)\s+(?:\w+\s+){0,2}on\s+record\b|"
    # "The ministry's largest single-night figure of the war was 412 drones": a record, another night's
    r"(?:largest|biggest|highest|heaviest|worst|deadliest)\s+(?:single[ -]\w+\s+)?(?:\w+\s+)?"
    r"(?:of|in|since)\s+the\s+(?:war|invasion|conflict|year)\s+(?:was|stood\s+at|came)\b|"
    r"was\s+last\b|"
    # "That 34-day conflict killed about 1,200 people": the war named before, not this event
    r"that\s+(?:\d+-(?:day|week|month|year)\s+)?(?:war|conflict|escalation|uprising|famine|epidemic)\b|"
    # "a quake in Kunar at the end of August killed more than 2,200": another month's quake
    rf"(?:at|by)\s+the\s+(?:end|start|beginning|middle)\s+of\s+(?:{_MONTH_NAMES})\b(?!\s+\d)|"
    # "More than 2,800 soldiers have been wounded in the Gaza ground operation": the war's toll
    r"(?:in|during|throughout|since)\s+the\s+(?:[A-Z]\w+\s+)?(?:ground\s+(?:operation|offensive|invasion)|"
    r"war|invasion)\b|"
    # "more than a year of hostilities that killed more than 4,000 people": the war's toll
    r"(?:years?|months|weeks|decades?)\s+of\s+(?:war|fighting|hostilities|conflict|violence|bombardment)\b|"
    r"over\s+the\s+(?:past|last)\s+(?:week|weeks|year|month|decade|few\s+days|\d+\s+"
    r"(?:days|years|months|weeks))|"
    # not "in last night's attack", nor "in the last car of the train"
    # (not "in the past 72 hours", "in the past three days": the window of a disaster's figures; "in the
    # past 24 hours" stays a day's tally, a daily bulletin's count across a whole territory)
    # "The disaster came eight months after a fire aboard a ferry off Palawan killed 14 people": that fire
    r"\b(?:came|comes|happened|occurred|struck)\s+(?:[\w-]+\s+){0,2}(?:days?|weeks?|months?|years?)\s+"
    r"after\b|"
    # "Yesterday evening we reported 29 injured": the count of an earlier report
    # "In Update no. 2 (14:00) we reported 2 deceased": so is one an earlier numbered update gave
    r"(?:yesterday|last\s+night|in\s+(?:our\s+)?(?:update|bulletin|statement)\s+(?:no\.?\s*)?\d+"
    r"(?:\s*\([^)]{0,12}\))?)(?:\s+(?:evening|morning|afternoon))?,?\s+"
    r"(?:we|it|they|officials|authorities)\s+(?:had\s+)?(?:reported|announced|gave|put)\b|"
    # "11 people had died in the 24 hours to Sunday morning": a daily bulletin's tally, as "in the past 24
    # hours"
    r"in\s+the\s+24\s+hours\s+(?:to|ending|up\s+to|until|till)\b|"
    r"in\s+(?:the\s+)?(?:previous|past|last(?!\s+night)|earlier)(?!\s+(?:car|cars|carriage|coach|wagon|"
    r"compartment|row|rows|seat|seats|house|room|floor|storey|vehicle|boat|bus|section|stretch)\b)"
    r"(?!\s+(?:48|72|96)\s+hours\b|\s+(?:two|three|2|3)\s+days\b)|"
    r"had\s+(?:earlier\s+|initially\s+|previously\s+|first\s+)?(?:put|given|reported|estimated|set|"
    r"counted|recorded|listed|tallied|announced)\b|"
    # "A supporters' group that had said at least 10 of its members had died now accepts the official figure"
    r"\b(?:that|which|who)\s+had\s+(?:said|claimed)\b|"
    # "the deadliest attack since April, when a missile strike killed nine": that other strike
    rf"(?:(?:{_MONTH_NAMES}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?:\s+\d{{1,2}})?|"
    r"(?:19|20)\d\d|last\s+(?:year|month|week|spring|summer|autumn|fall|winter)),\s+when\b|"
    r"an?\s+(?:separate|unrelated|different|earlier)\s+(?:\w+\s+)?(?:attack|strike|incident|"
    r"tornado|storm|crash|fire|blast|explosion|quake|earthquake|flood|shooting|raid|accident|action|"
    r"operation|engagement)|"
    # "The second operation targeted the ship ... with two naval missiles": another of the operations
    r"the\s+(?:second|third|fourth|fifth)\s+operation\b|"
    # "In the week before the attack, Russia launched more than 1,300 drones": the days leading up to it
    r"(?:in|during|over)\s+the\s+(?:(?:\w+|\d+)\s+)?(?:days|weeks?|months?|fortnight)\s+(?:before|preceding|"
    r"prior\s+to|leading\s+up\s+to)\b|"
    # "37 people had died in mining emergencies across Colombia this year before Tuesday's explosion"
    r"this\s+(?:year|month|season|week)\s+(?:before|prior\s+to)\b)",
    re.IGNORECASE,
), _PERIOD_WORDS)
_RECEIVED_BEFORE = re.compile(r"\b(?:received|receiving|admitted|admitting|took\s+in|"
                             r"(?:was|were|is|are)\s+treating)\s+"
                             r"(?:[^.;:]{0,50}?(?:,|\band)\s+)?"
                             r"(?:at\s+least\s+|about\s+|around\s+|some\s+|more\s+than\s+)?$",
                             re.IGNORECASE)
_FACILITY = re.compile(r"\b(?:hospitals?|morgues?|mortuary|mortuaries|clinics?|medical\s+cent(?:re|er)s?|"
                       r"health\s+cent(?:re|er)s?|infirmary)\b", re.IGNORECASE)
_NAMED_FACILITY = re.compile(
    r"\b(?:(?!(?:At|In|The|A|An|From|To|Of|On|By|For|With)\s)(?:al-|el-)?[A-Z][\w'\u2019\-]*\s+){1,4}(?:Hospital|Medical\s+(?:Centre|Center|College)|Clinic|"
    r"Morgue|Mortuary|Infirmary)\b")
_SINCE_THIS_EVENT = re.compile(
    rf"\s+(?:(?:early\s+|late\s+)?(?:{_WEEKDAY_NAMES})\b(?!'s)|"
    r"yesterday|last\s+night|this\s+morning|dawn|midnight|the\s+weekend|"
    # "the bodies of 25 migrants had been recovered since the sinking": this event's count
    r"the\s+(?:sinking|capsizing|capsize|crash|blast|explosion|collapse|shipwreck|attack|strike|bombing|"
    r"shelling|shooting|fire|stampede|crush|derailment|landslide|earthquake|quake)\b|"
    # "two fishermen missing since a powerful earthquake struck before dawn Monday": this one
    r"an?\s+(?:[a-z-]+\s+){0,2}?(?:earthquake|quake|tremor|typhoon|cyclone|hurricane|storm)\s+"
    r"(?:struck|hit|made\s+landfall)\b)", re.IGNORECASE)
# "since June 15"; "since the heat dome settled over the country on 23 June" (a hazard's onset,
# not a war's or a truce's date, nor a season's: "Cumulative monsoon losses since 13 June")
_HAZARD_ONSET = (r"\s+the\s+(?:current\s+)?(?:heat\s*wave|heat\s+dome|cold\s+(?:snap|wave|spell)|storm|"
                 r"cyclone|hurricane|typhoon|floods?|flooding|(?:earth)?quake|eruption|wildfires?|fires?|"
                 r"outbreak|epidemic|"
                 r"blizzard|smog)\b[^,.;\d]{0,50}?\bon")
_SINCE_A_DATE = re.compile(rf"(?:{_HAZARD_ONSET})?\s+(?P<month>{_MONTH_NAMES})\s+(?P<day>\d{{1,2}})\b"
                           rf"(?!,?\s+(?:19|20)\d\d)|"
                           rf"{_HAZARD_ONSET}\s+(?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTH_NAMES})\b"
                           rf"(?!,?\s+(?:19|20)\d\d)")
# "since the wall of the Cerro Azulito pit gave way on Saturday": an event, then its weekday, in one clause
_SINCE_AN_EVENT_ON_A_WEEKDAY = re.compile(
    r"\s+(?:the|a|an|its|their)\s+[^,.;:!?()\n]{3,90}?\s+on\s+"
    rf"(?:early\s+|late\s+)?(?:{_WEEKDAY_NAMES})\b(?!'s)", re.IGNORECASE)
_MONTHS = {name.lower(): k for k, name in enumerate(_MONTH_NAMES.split("|"), start=1)} | {
    name[:3].lower(): k for k, name in enumerate(_MONTH_NAMES.split("|"), start=1)} | {"sept": 9}
_HARM_WORD = re.compile(r"\b(?:killed|died|dead|drowned|injured|wounded|hurt)\b")
_A_LAUNCH_WORD = re.compile(r"\b(?:fired|launched|sent|shot\s+down|intercepted|downed)\b", re.IGNORECASE)
# "Of the three remaining UAVs": those of a launch not shot down
_THE_REMAINING_ONES = re.compile(r"\bthe[ \t]+(?:remaining[ \t]+\S+|\S+[ \t]+remaining)\b", re.IGNORECASE)
# "Separately, six people ... drowned"; "Separately, ... the Houthis fired one medium-range ballistic missile
# toward Eilat": a count of another event
_SEPARATELY_OPENING = re.compile(r"[ \t\"\u201c]*(?:Separately|Elsewhere|In\s+a\s+separate\s+"
                                 r"(?:incident|attack|accident|development|case))\s*,")
# "the country's war, which has killed more than 150,000 people"
_THE_WAR_HAS_KILLED = re.compile(r"\b(?:the|a|its|this)[ \t]+(?:[\w'\u2019-]+[ \t]+){0,2}?"
                                 r"(?:war|conflict|insurgency)(?:,?[ \t]+(?:which|that))?"
                                 r"[ \t]+(?:has|have|had)[ \t]+(?:so[ \t]+far[ \t]+|now[ \t]+|already[ \t]+)?"
                                 r"(?:killed|left|claimed)\b[^.;]*$", re.IGNORECASE)
_BY_COMPARISON_OPENING = re.compile(r"[ \t\"\u201c]*(?:By\s+(?:way\s+of\s+)?comparison|For\s+comparison|"
                                    r"In\s+comparison|"
                                    # "The night before, 26 drones had been reported": another night's
                                    r"(?:The|On\s+the)\s+(?:night|evening)\s+before|The\s+previous\s+(?:night|evening)|"
                                    r"A\s+night\s+earlier)\s*,")
_A_SIMILAR_EVENT_BEFORE = re.compile(
    r"\b(?:(?:[Aa]n?)[ \t]+(?:similar|another|smaller|larger|earlier|previous)|"
    # "The last deadly attack on the city was in the spring, when three people were killed"
    r"[Tt]he[ \t]+(?:last|previous)"
    r"(?=[ \t]+(?:[\w-]+[ \t]+)?[a-z]+[^.;]{0,60}?\b(?:was|came|happened|occurred)\b))"
    r"[ \t]+(?:[\w-]+[ \t]+)?"
    r"(?:strike|attack|raid|bombing|shelling|explosion|crash|accident|crush|stampede|fire|blast|collapse)\b")
_IN_A_MONTH_CLAUSE_BEFORE = re.compile(rf"[:;][ \t]*in[ \t]+(?P<month>{_MONTH_NAMES})[ \t]*,[^.;:]*$")
_OF_THE_FIGURE_OPENING = re.compile(r"(?:\A|[.!?][\"\u201d]?[ \t]+|\n)[ \t]*Of[ \t]+(?:the|these|those)"
                                    r"[ \t]+$")
# "downed 337 drones in a single night, including 91 over the Moscow region": a part, whose whole is told
A_PART_INTRODUCED_BEFORE = re.compile(
    r"\b(?:including|among\s+(?:them|whom|those|which)|of\s+(?:whom|which))\s+"
    r"(?:at\s+least\s+|some\s+|about\s+|around\s+|nearly\s+)?$", re.IGNORECASE)
_DIED_AT_THE_SITE_AFTER = re.compile(r"[ \t]+(?:have[ \t]+|had[ \t]+)?died[ \t]+(?:at[ \t]+the[ \t]+"
                                     r"(?:site|scene)|on[ \t]+the[ \t]+spot|on[ \t]+site)\b")
_AND_N_IN_HOSPITAL = re.compile(r",?[ \t]+and[ \t]+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|"
                                r"another[ \t]+\w+)[ \t]+(?:later[ \t]+)?(?:died[ \t]+)?in[ \t]+"
                                r"(?:a[ \t]+|the[ \t]+)?hospitals?\b")
_EACH_RECORDED_BEFORE = re.compile(
    r"\beach[ \t]+(?:recorded|reported|registered|counted|had|saw|lost|suffered)[ \t]+"
    r"(?:fewer[ \t]+than[ \t]+|more[ \t]+than[ \t]+|at[ \t]+least[ \t]+|about[ \t]+|around[ \t]+|under[ \t]+|"
    r"over[ \t]+)?$")
# "One community leader said", "Two security sources told Reuters": the figure counts who speaks
_A_SPEAKER_AFTER = re.compile(r"(?:[ \t]+(?!(?:were|was|are|is|have|has|had|people|persons|and|or|but|then|"
                              r"also|who|which|that|as|when|while|it|they|he|she|we|later|police|officials)\b)"
                              r"[a-z][a-z-]*){1,3}[ \t]+"
                              r"(?:said|says|told|tells|added|claimed|recalled|described)\b")
_A_SAYING_VERB_NEAR = re.compile(r"\b(?:said|says|told|tells|added|claimed|recalled|described)\b")
_LOST_BEFORE = re.compile(r"\b(?:lost|losing)[ \t]+"
                          r"(?:another[ \t]+|a[ \t]+further[ \t]+|two[ \t]+more[ \t]+)?$")
_THAT_NIGHT_AFTER = re.compile(r"[^.;:]{0,80}?\b(?:that|the\s+same)\s+(?:night|day|evening|morning)\b")
_WHAT_THAT_LEFT_OPENING = re.compile(r"[ \t\"\u201c]*(?:That|This|Which)[ \t]+(?:left|leaves|leaving)\b")
_BODIES_DURING_A_SPELL_AFTER = re.compile(
    r"[ \t]+(?:more[ \t]+)?bodies\b[^.;]{0,40}?\b(?:during|overnight|"
    r"over[ \t]+the[ \t]+(?:night|morning|weekend)|on[ \t]+[A-Z][a-z]+day|this[ \t]+(?:morning|afternoon)|"
    r"early[ \t]+on)\b")
_HAD_BEEN_TOLD_AFTER = re.compile(r"[ \t]+(?:[a-z]+[ \t]+){0,2}had[ \t]+been[ \t]+"
                                  r"(?:reported|recorded|confirmed|registered|counted)\b")
# "...; in February, 23 bodies were recovered after a boat capsized": the month's, right before the figure
_IN_A_MONTH_COMMA_JUST_BEFORE = re.compile(rf"\b[Ii]n[ \t]+(?P<month>{_MONTH_NAMES})[ \t]*,[ \t]*$")
_IN_SEPARATE_EVENTS_OPENING = re.compile(
    r"[ \t\"\u201c]*In\s+(?:a\s+)?separate\s+(?:[\w-]+\s+){0,2}?(?:strikes?|raids?|attacks?|operations?|"
    r"incidents?|engagements?)\b[^,;]{0,80}?,")
# "... on January 29, an attack in which 9 drones were destroyed": that day's event, its figure
_ON_AN_EARLIER_DATE_WHEN = re.compile(
    rf"\bon\s+(?:(?P<month>{_MONTH_NAMES})\s+(?P<day>\d{{1,2}})|"
    rf"(?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTH_NAMES}))\b"
    r"[^.;]{0,40}?\b(?:in\s+which|when|during\s+which)\b[^.;]{0,40}$")
_AN_EVENT_ON_A_DATE_BEFORE = re.compile(
    r"\b(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:strike|attack|bomb|bombing|blast|explosion|raid|crash|fire|shelling|"
    r"assault|massacre|quake|earthquake|storm|flood|landslide|collapse|shooting)\s+"
    # "A US strike on the terminal on February 27 killed nine people"
    r"(?:(?:on|in|at|near)\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?)?"
    rf"on\s+(?:(?P<month>{_MONTH_NAMES})\s+(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTH_NAMES}))\b"
    r"[^.;]{0,30}?\b(?:killed|wounded|injured|left|claimed)\s+(?:at\s+least\s+|more\s+than\s+|some\s+)?$",
    re.IGNORECASE)
_AFTER_AN_EVENT_IN_A_MONTH = re.compile(
    rf"\bafter\s+[^.;]{{0,60}}?\bin\s+(?:early\s+|late\s+|mid-?)?(?P<month>{_MONTH_NAMES})\b(?!\s+\d)"
    r"[^.;\d]{0,40}$")
# "a weaker storm in July that injured 12 people": another month's event, its figure
_IN_A_MONTH_THAT_BEFORE = re.compile(
    rf"\bin\s+(?:early\s+|late\s+|mid-?)?(?P<month>{_MONTH_NAMES})(?:\s+(?:19|20)\d\d)?\s*,?\s+"
    r"(?:that|which)\s+(?:also\s+)?\w+\s+(?:(?:at\s+least|more\s+than|nearly|about|some|over|around)\s+)?$|"
    # "A missile strike on the port in March killed 21 people", in a story of June
    rf"\bin\s+(?:early\s+|late\s+|mid-?)?(?P<month2>{_MONTH_NAMES})(?:\s+(?:19|20)\d\d)?\s+"
    r"(?:killed|kills|wounded|injured|left|claimed)\s+(?:(?:at\s+least|more\s+than|nearly|about|some|over|around)\s+)?$")


def _month_of(doc_date: str) -> int | None:
    return int(doc_date[5:7]) if len(doc_date) >= 7 and doc_date[5:7].isdigit() else None


# "On Wednesday," opening a sentence dates all its clauses
_DAY_OPENING = re.compile(r"\s*(?P<time>(?:On|on)\s+"
                          rf"(?:{_WEEKDAY_NAMES})|"
                          r"Yesterday|Today)\b[^,;.]{0,20},")
# "On Oct. 30, a drone struck ...": a news agency's abbreviated month
_DATE_OPENING = re.compile(rf"\s*(?:On|By|As\s+of(?:\s+\d{{1,2}}[:.]\d{{2}}(?:\s+on)?)?|"
                           # "In our statement of 3 June we reported 24 deaths": that day's count
                           r"In\s+(?:our|its|their|his|her|the)\s+(?:[a-z]+\s+)?(?:statement|report|"
                           r"bulletin|update|briefing)\s+(?:of|on|dated))\s+"
                           rf"(?:(?P<month>{_MONTH_NAMES}|{_MONTH_ABBREVIATIONS})"
                           r"\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?|"
                           rf"(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month2>{_MONTH_NAMES}))\b"
                           # "On 4 August, 3 port workers were killed": not "On August 4, 2025"
                           r"(?!,?\s+\d{4}\b)")


def _in_the_article_s_year(month: str, day: str, doc_date: str) -> tuple[dt.date, dt.date] | None:
    """("June 15" in the article's year, the article's date), or None when either is unknown."""
    if len(doc_date) < 10 or not doc_date[:4].isdigit():
        return None
    try:
        now = dt.date.fromisoformat(doc_date[:10])
        return dt.date(now.year, _MONTHS[month.lower()], int(day)), now
    except ValueError:
        return None


def _days_before(dated: re.Match[str], doc_date: str) -> int:
    """How many days the date a sentence opens with lies before the article's (0 if unknown)."""
    dates = _in_the_article_s_year(dated.group("month") or dated.group("month2"),
                                   dated.group("day") or dated.group("day2"), doc_date)
    if dates is None:
        return 0
    then, now = dates
    if then > now:
        then = then.replace(year=now.year - 1)  # "On December 28" in a story of January 3
    return (now - then).days


def _since_days_ago(text: str, pos: int, doc_date: str) -> bool:
    """"since June 15" in a report of June 22: the event's own tally, begun days before; and
    "since the wall of the pit gave way on Saturday": an event told in a clause of its own, on a
    day of the week (a date, "since the launch of its health plan on 20 July", may open a season)."""
    if _SINCE_AN_EVENT_ON_A_WEEKDAY.match(text, pos):
        return True
    found = _SINCE_A_DATE.match(text, pos)
    dates = _in_the_article_s_year(found.group("month") or found.group("month2"),
                                   found.group("day") or found.group("day2"), doc_date) if found else None
    return dates is not None and 0 <= (dates[1] - dates[0]).days <= 31


_ANOTHER_EVENT_BEFORE = re.compile(
    r"\b(?:a|one|two|three|four|five|six|several|\d+)\s+(?:days?|nights?|weeks?|months?|years?)\s+after\s+"
    r"(?:a|an|the|another|(?-i:[A-Z])\w+)\s+[^,.;]{3,80}$|"
    # "Twelve years after Rana Plaza, where more than 1,100 workers died": that event's figure
    r"\b\w+\s+(?:days?|weeks?|months?|years?|decades?)\s+after\s+[^.;,]{3,60},\s+(?:where|when|in\s+which|which)"
    r"\b[^.;]{0,200}$|"
    r"\bafter\s+(?:Cyclone|Typhoon|Hurricane|Storm|Tropical\s+Storm|Super\s+Typhoon)\s+[A-Z][\w-]+\s+"
    r"(?:killed|left|claimed)\s+(?:at\s+least\s+|more\s+than\s+|nearly\s+)?$", re.IGNORECASE)
# a month's tally: "In October, Russia launched ...", "... 80 drones and missiles in December alone"
_MONTH = rf"(?i:in|during|throughout)\s+(?:early\s+|late\s+|mid-?)?(?:{_MONTH_NAMES})\b(?![ \t]+\d)"
_THE_MONTH = r"(?i:so\s+far\s+this\s+month|this\s+month|(?:over|during|throughout|in)\s+the\s+month\b)"
# "In October, ...", "Of the missiles fired in October,", "In the September attack, ..."
_MONTH_OPENING = re.compile(
    rf"\s*(?:[-*\u2022\u2013\u2014][ \t]*)?"  # "- In February, eight people were shot dead at a wake"
    rf"(?:{_MONTH}|{_THE_MONTH}|(?:Of|Among)\s+the\s+[^,.;]{{0,60}}?\b{_MONTH}\s*,|"
    rf"(?i:in|during)\s+the\s+(?:{_MONTH_NAMES})\s+(?:attack|strike|raid|barrage|assault)\b|"
    # "September alone has accounted for 19,402 admissions and 88 deaths": the month's
    rf"(?:{_MONTH_NAMES})\s+alone\b)")
_MONTH_AFTER = re.compile(rf"[^,;:.]{{0,160}}?\b(?:{_MONTH}|{_THE_MONTH})")
# "more than 1,100 people have died or gone missing on the central Mediterranean route so far this year"
_SO_FAR_AFTER = re.compile(r"[^,;:.]{0,160}?\bso\s+far\s+(?:this\s+(?:year|month)|in\s+(?:19|20)\d\d)\b",
                           re.IGNORECASE)
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:[A-Z][a-z]+\s+)?$", re.IGNORECASE)
_YEAR = re.compile(r"(?<![\w,.])(?:19|20)\d\d(?!\w|[,.]\d)")
# "the largest attack since 2022" compares this event with others; it does not date the figure
_SUPERLATIVE = re.compile(
    # "the deadliest since 2022"; not "north-west", "the unrest", "a request"
    r"\b(?:(?!(?:\w*west|\w*rest|forest|interest|request|protest|harvest|contest|\w*test|guest|quest|chest|"
    r"nest|honest|modest|manifest|suggest|digest|invest|conquest|inquest)\b)\w+est|most|first|record|worst|only)"
    r"\b[^,.;]*$", re.IGNORECASE)
# "ranging in age from 14 to 52", "aged between 20 and 30"
_AGE_CONTEXT = Contains(re.compile(r"\b(?:aged?|ages|youngest|oldest)\b(?:\s+(?:from|between|of|was|is|being|"
                                   # "with ages ranging from 19 to 71"
                                   r"rang(?:ing|ed|e)(?:\s+(?:from|between))?|"
                                   r"(?:[\w-]+\s+){1,2}(?:was|is)|"
                                   r"\d{1,3}(?:\s*(?:,|and|or|to)\s*\d{1,3})*\s*(?:,|and|or|to)))?\s+$",
                                   re.IGNORECASE),  # "aged 34 and 51", "aged 52, 67 and 74": all ages
                        ("age", "youngest", "oldest"))
# "most of them between 20 and 35 years old": the range's first end is an age too
_THE_OTHER_END_OF_AN_AGE_RANGE = re.compile(
    r"[ \t]+(?:and|to|or)[ \t]+\d{1,3}[ \t]+(?:years?[ \t]+(?:old|of[ \t]+age)|-year-olds?)\b")
# "31 were under 18": an age limit, not a figure
_BE_BEFORE = re.compile(r"\b(?:were|was|are|is)\s+(?:all\s+)?$")
_AGE_LIMIT_END = re.compile(r"(?:\s+years?(?:\s+old)?)?\s*(?:[,.;)]|$|\s+(?:and|or)\b)")
_NAME_COMMA = EndsWith(re.compile(r"\b(?:[A-Z][\w'\u2019\-]+|driver|passenger|pilot|man|woman|boy|girl|"
                                  r"mother|father|son|daughter|wife|husband|teacher|student|victim|suspect|"
                                  # "a teaching inspector, 52, who tried to take the weapon": an age
                                  r"inspector|officer|nurse|doctor|guard|soldier|farmer|pupil|pensioner|"
                                  r"grandmother|grandfather|neighbou?r|employee|journalist|vendor|trader|"
                                  r"mechanic|engineer|priest|imam|pastor|caretaker|cleaner|janitor|cook|"
                                  r"attacker|gunman|shooter|assailant|perpetrator|"
                                  # "The groom, 26, is still being treated"
                                  r"groom|bridegroom|bride|guest|owner|manager|chef|waiter|singer|host)"
                                  r"\s*,\s*$"), (",",))
_COMMA_AFTER = re.compile(r"\s*(?:,|\.|;|\))")
# the words that belong to a figure, up to a comma (not the one in "September 7, 2025")
# the words after a figure, past an aside: "More than 26,000 people, civilians and combatants,
# have been killed since then"
_AFTER_FIGURE = re.compile(
    r"(?:[^,;]|,(?=[ \t]*(?:19|20)\d\d\b)|"
    r",(?![ \t]*(?:according|said|says|bringing|raising|taking|including|officials|police|the))"
    r"[^,;.]{1,40},){0,80}")
_UP_FROM = re.compile(
    r"\b(?:up|down)\s+from\s+(?:an?\s+(?:earlier|previous|initial|first)\s+(?:\w+\s+){0,2}?(?:of\s+)?)?"
    r"(?:at\s+least\s+|about\s+|around\s+|some\s+)?$", re.IGNORECASE)
_N_MORE_THAN_THE_BEFORE = re.compile(r"\b(?:\d[\d,]*|[a-z]+)\s+(?:more|fewer|less)\s+than\s+the\s+$",
                                     re.IGNORECASE)
_UP_FROM_AND_BEFORE = re.compile(r"\b(?:up|down)\s+from\s+(?:an?\s+\w+\s+)?[\d,]+\s+[a-z]+\s+and\s+$",
                                 re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:an?\s+(?:earlier|previous|initial|original|first)\s+|the\s+)?$",
                          re.IGNORECASE)
_UPDATE_VERB = re.compile(r"\b(?:rose|risen|rising|climbed|jumped|increased|grew|went\s+up|revised|raised|"
                          r"(?:bringing|taking|raising|pushing)\s+(?:the|its)\s+(?:[\w'\u2019-]+\s+){0,2}?to\s+[\w,.]+\s+|"
                          r"lowered|"
                          r"fell|fallen|dropped|declined|decreased|went\s+down)\b",
                          re.IGNORECASE)
# "..., bringing the death toll to 14": the figures before it in the sentence are additions
BRINGING = EndsWith(re.compile(
    r"\b(?:bringing|taking|raising|pushing|lifting|brings?|brought|takes?|took|raises?|raised)\s+(?:the\s+)?"
    r"(?:[\w'\u2019]+\s+){0,4}?"  # "bringing the night's total to 11"
    r"(?:total|toll|number|tally|count)\b[^.;]{0,80}?\bto\s+$|"
    # "so the number of injured has been updated to 14"
    r"\b(?:total|toll|number|tally|count)\b[^.;]{0,40}?\b(?:has|have|had|was|is)\s+(?:now\s+)?(?:been\s+)?"
    r"(?:updated|raised|revised\s+upwards?|increased)\s+to\s+$",
    re.IGNORECASE,
), ("to",))
_THE_CITY = re.compile(r"\bthe\s+(?:city|capital|town)\b(?!\s+of\b)", re.IGNORECASE)
_TOLL_WORDS = re.compile(r"\b(?:dead|deaths|killed|victims|injured|wounded|casualties|missing|"
                         # "Of the 12 residents with whom there was no contact, 4 were found dead"
                         r"bodies|fatalities|hurt|unaccounted|trapped|no\s+contact|lost\s+contact)\b",
                         re.IGNORECASE)
_DOCUMENT_REFERENCE = re.compile(
    r"(?:the|its|their|a|that)\s+(?:same\s+|latest\s+|daily\s+)?(?:statement|report|release|post|bulletin|update|"
    r"communique|announcement|tally|figures|data|briefing|source)", re.IGNORECASE)
_LIST_WORDS = frozenset({"including", "included", "among", "with"})
# "..., Mandoro two and Oldonyo one"; "..., Tanahun (two) and Parbat (one)"
_AND_A_PLACE_BEFORE = re.compile(r"\band[ \t]+[A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+){0,2}(?:[ \t]+|[ \t]*\()$")
# (not past an aside's closing dash: "three hostages - two soldiers and a police officer - ..., a day after
# releasing seven people")
_LIST_GAP = re.compile(r"(?![^.;:!?]*\bwhen\b)(?![^.;:!?]*\s[-\u2013\u2014]\s)"
                       # (an initial's full stop, "the Rogaciano M. Mercado Memorial Hospital", ends nothing)
                       r"(?:[^.;:!?]|(?<=\s[A-Z])\.)*?(?:,|\band\b|\bwhile\b)(?:[^.;:!?]|(?<=\s[A-Z])\.)*")
# "five people had died: three construction workers ... and two older people": a list after a
# colon that follows a figure breaks that figure down
# Wording the rules read back out of the text too (rules.kinds imports these)
# "2 of them dead and 1 alive", "7 still treated, 3 of them in intensive care": a part of the figure before
N_OF_THEM = re.compile(r"(?:(?:at[ \t]+least|about|around|some|nearly|almost|more[ \t]+than)[ \t]+)?"
                       r"\S+[ \t]+of[ \t]+them\b", re.IGNORECASE)  # "at least five of them children"
# the number words a small count is written in, for patterns that need "a figure here"
SMALL_NUMBER_WORDS = (r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|"
                      r"thirty|forty|fifty")
# after "Glasgow City had the highest rate, with 227 deaths": "Dundee, once described as ..., recorded 41"
_NEXT_PLACE_SUBJECT = re.compile(
    r"\s*(?P<place>[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+)?)(?:,[^,.;:]{1,80},)?[ \t]+"
    r"(?:also[ \t]+|again[ \t]+)?(?:recorded|reported|registered|counted|had|saw|suffered)[ \t]+"
    r"(?=\d|(?i:" + SMALL_NUMBER_WORDS + r")\b)")
AS_FOLLOWS = (r"\b(?:as\s+follows|the\s+following|broken\s+down|breakdown|split|distributed|"
              r"divided)\b[^.:;]{0,40}:")  # "the cuts are distributed as follows:"
# "In total, 3 were killed"; "Taken together, that is 17 dead"
OVERALL_WORDS = r"In\s+total|Overall|Altogether|In\s+all|All\s+told|Taken\s+together|Combined"
IN_ALL_AFTER = re.compile(r"\s*,?\s+(?:in\s+all|in\s+total|altogether|all\s+told|combined)\b", re.IGNORECASE)
_AS_FOLLOWS = re.compile(AS_FOLLOWS + r"\s*(?:at\s+least\s+|some\s+|about\s+|around\s+)?$", re.IGNORECASE)
# "Five people died, including the gunman": a toll with the attacker in it is not the victims'
_ATTACKERS = (r"(?:gunm[ae]n|shooters?|attackers?|assailants?|suicide\s+bombers?|bombers?|perpetrators?|"
              r"hijackers?|knifem[ae]n)\b")
# the attackers' own dead or wounded, counted apart from their victims
# a side's claim of the enemy it killed: combatants, not the victims of the attack reported
_ENEMY_FIGHTERS = re.compile(r"\benemy[ \t]+(?:fighters|soldiers|troops|militants|combatants|servicemen|"
                             r"personnel|forces|mercenaries|gunmen|terrorists)\b", re.IGNORECASE)
_ONE_OF_THE_ATTACKERS_AFTER = re.compile(
    r"[ \t]+(?:suspected[ \t]+|alleged[ \t]+)?(?:members?|suspects?)[ \t]+of[ \t]+the[ \t]+"
    r"(?:[a-z-]+[ \t]+)?(?:gang|group|cell|militia|band|network)[ \t]+(?:that|which|who)[ \t]+(?:had[ \t]+)?"
    r"(?:attacked|ambushed|raided|carried[ \t]+out|staged|hijacked|kidnapped|abducted)\b")
_ATTACKER_HEADS = frozenset(
    "attackers attacker gunmen gunman assailants assailant hijackers hijacker kidnappers kidnapper "
    "bombers bomber shooters shooter perpetrators knifemen militants terrorists insurgents jihadists "
    "bandits raiders hostage-takers khwarij khawarij".split())
_OF_THE_ATTACKERS_OPENING = re.compile(
    r"[ \t]*(?:Of|Among)[ \t]+the[ \t]+(?:\d+|[a-z]+)[ \t]+(?:armed[ \t]+men|" + _ATTACKERS + r"|militants|"
    r"kidnappers|hostage[ \t]*takers)[ \t]*,")
_WITH_ATTACKER = re.compile(
    r"(?<!not\s)\b(?:including|among\s+them|counting)\s+(?:(?:the|both|two|three|all)\s+){0,2}"
    r"(?:(?:suspected|alleged|lone|male|female)\s+)?"
    r"(?:" + _ATTACKERS + r"|suspects?\b|the\s+driver\s+who\b)", re.IGNORECASE)
_THAT_INCLUDES_THE_ATTACKER_AFTER = re.compile(
    r"[^.;]{0,20}?\b(?:that|which)\s+includes?\s+(?:the|both|all)\s+(?:(?:suspected|alleged|lone)\s+)?"
    r"(?:" + _ATTACKERS + r"|suspects?\b)", re.IGNORECASE)
_COUNTING_THE_ATTACKERS_AFTER = re.compile(
    r"(?:[ \t]+(?:in[ \t]+all|in[ \t]+total|altogether))?[ \t]*,?[ \t]*(?:counting|including)[ \t]+"
    r"(?:the[ \t]+)?(?:\w+[ \t]+)?" + _ATTACKERS, re.IGNORECASE)
_INCLUDING_THE_ATTACKER_OPENING = re.compile(
    r"[ \t\"\u201c]*(?:Including|Counting)[ \t]+(?:the|both|all)[ \t]+"
    # "Counting the 17-year-old gunman, who shot himself in a second-floor hallway, four people died"
    r"(?:(?:two|three|suspected|alleged|lone|\d+-year-old)[ \t]+)?" + _ATTACKERS
    + r"[ \t]*,(?:[ \t]+who[ \t]+[^.;,]{1,60},)?[^.;]{0,20}$", re.IGNORECASE)
_COUNTING_BEFORE = re.compile(r"\b(?:counting|including)\s+(?:the\s+)?$", re.IGNORECASE)
_ATTACKER_NOUNS = re.compile(r"[ \t]*" + _ATTACKERS, re.IGNORECASE)
_OVERALL = re.compile(r"\s*(?:" + OVERALL_WORDS
                      + r"|Across\s+the\s+(?:region|province|state|country|oblast)),", re.IGNORECASE)
_DEAD_NOUNS = frozenset({"bodies", "body", "corpses", "remains", "dead bodies"})
_MISSILE_KINDS = frozenset({"missile", "cruise", "ballistic"})
_WHOLE_NAMED_FIRST = re.compile(r"\b(?:Of|Among)\s+(?:the\s+|those\s+|all\s+)?$")
# "In a breakdown of the 31 deaths, SNAI listed 14 in ...": the figure a breakdown is of
# "a breakdown of the 31 deaths", "The ministry's list of the 35 dead, seen by The Ledger, shows ..."
_BROKEN_DOWN_WHOLE_BEFORE = re.compile(r"\b(?:breakdown|distribution|list)\s+of\s+(?:the\s+|all\s+)?$",
                                       re.IGNORECASE)
_CONDITION_AFTER = re.compile(
    r"(?:\s+(?:people|person|persons|patients|victims|casualties|of\s+them|others|wounded|injured)"
    r"(?:\s+(?:people|workers|students|passengers))?|"
    # "three other crew members remain in hospital in Djibouti"
    r"\s+(?:other\s+)?(?:crew(?:\s+members)?|seafarers|sailors|passengers|pilgrims|miners|workers|students|"
    r"pupils|fans|spectators|soldiers|officers|firefighters|residents|children|survivors)"
    r"(?=\s+(?:remain(?:ed|s)?|(?:are|were|is|was)\s+still)\b))?"
    # "Three people injured at the restaurant remain in hospital"
    r"(?:\s+(?:injured|wounded|hurt)(?:\s+(?:at|in|on)\s+the\s+[a-z]+)?)?"
    # "Seven people from the minibus remain in hospital"
    r"(?:\s+(?:from|on|aboard)\s+the\s+[a-z-]+)?"
    # "Six people, including a 12-year-old girl, remain in hospital"
    r"(?:,\s+(?:including|among\s+them)\s+[^,.;:()]{1,60},)?"
    # "Nineteen people, three of them children, are in hospital"
    r"(?:,\s+[\w-]+\s+of\s+them\s+[^,.;:()]{1,40},)?"
    # "One protester, a 61-year-old retired teacher, is still in hospital"
    r"(?:\s+(?:protesters?|demonstrators?|residents?|students?|workers?|children|child|women|woman|men|man)"
    r",\s+(?:a|an)\s+[^,.;:()]{1,60},)?"
    r"\s+(?:were|was|are|is|(?:have|has|had)\s+been|remain(?:ed|s)?|arrived|came\s+in|were\s+admitted|"
    r"were\s+brought\s+in)?\s*(?:now\s+|currently\s+)?"  # "Nineteen are now under treatment"
    r"(?:still\s+)?(?:in\s+(?:a\s+)?(?:critical|serious|stable|grave|moderate|fair|good|life-threatening)\s+condition|"
    r"in\s+(?:the\s+)?intensive\s+care(?:\s+units?)?|on\s+life\s+support|on\s+(?:a\s+)?ventilators?\b|on\s+(?:mechanical\s+)?ventilation\b|"
    r"(?:still\s+)?in\s+(?:the\s+)?hospitals?\b|"
    r"(?:still\s+)?on\s+admission\b|"
    # "Ten were taken to hospitals", "Eight people have been taken to hospital", "Of the five victims
    # taken to the hospital": some of the injured
    r"(?:(?<=were\s)|(?<=was\s)|(?<=been\s)|(?<=victims\s)|(?<=people\s)|(?<=others\s))"
    r"(?:taken|admitted|rushed)\s+to\s+(?:the\s+)?hospitals?\b|"
    # "Thirty-one were taken to Lamia General Hospital": some of the injured, wherever taken
    r"(?:(?<=were\s)|(?<=was\s)|(?<=been\s))(?:later\s+)?(?:taken|rushed|admitted|brought|airlifted|"
    r"transferred)\s+to\s+(?:the\s+)?(?:[A-Z][\w'.\u2019-]*\s+){0,5}(?:Hospital|Infirmary|Clinic|"
    r"Medical\s+Cent(?:re|er)|Institute)\b|"  # "were later admitted to the National Institute of Burn ..."
    r"in\s+(?:our|their|hospital)\s+care\b|still\s+with\s+us\b|"
    r"(?:still\s+)?(?:receiving|under(?:going)?)\s+treatment|still\s+being\s+treated|"
    # "Eight are being treated at Bach Mai Hospital, six at ...": those in one hospital
    r"(?<=are\s)being\s+treated\s+(?:at|in)\s+(?:the\s+)?(?-i:[A-Z])|"
    # "Three are being treated at the district hospital in Chautara"
    r"(?<=are\s)being\s+treated\s+(?:at|in)\s+(?:the|a)\s+(?:[\w-]+\s+){0,2}"
    r"(?:hospital|clinic|health\s+post)\b|"
    r"(?<=remain\s)at\s+the\s+(?:[\w-]+\s+){0,2}(?:hospital|institute|clinic|burns?\s+unit)\b|"
    # "Six remain at Nerchowk, one of them on ventilator support": a hospital's town
    r"(?<=remain\s)at\s+(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+)?(?=\s*[,;.])|"
    # "nine survivors remained admitted": those still in hospital
    r"(?:(?<=remain\s)|(?<=remains\s)|(?<=remained\s)|(?<=still\s))(?:hospitali[sz]ed|admitted)\b)",
    re.IGNORECASE)
_TREATED_AT_THE_SCENE_AFTER = re.compile(
    r"[^.;\d]{0,40}?\b(?:were|was|had\s+been|have\s+been)\s+(?:assessed\s+and\s+|examined\s+and\s+)?treated\s+"
    r"(?:at\s+the\s+scene|on\s+(?:the\s+)?(?:spot|site)|on\s+site)", re.IGNORECASE)
_A_PLACE_MOURNS_OPENING = re.compile(
    r"[ \t\"\u201c]*(?P<place>(?!The\b)[A-Z][\w'\u2019\u00C0-\u024F\-]+"
    r"(?:[ \t]+[A-Z][\w'\u2019\u00C0-\u024F\-]+)?)"
    r"[ \t]+(?:now[ \t]+|also[ \t]+)?(?:mourns|is[ \t]+mourning|has[ \t]+buried|has[ \t]+lost|lost)[ \t]+")
# "Three people were killed in Lviv region, two in Odesa": the three have a place, and are an item
_A_PLACE_IN_THE_CLAUSE = re.compile(r"\b(?:in|over|at)[ \t]+(?:the[ \t]+)?[A-Z\u00C0-\u00DE]")
_WITH_A_PLACE_ITEM = re.compile(r"(?:[ \t]+(?:killed|dead|died|injured|wounded|deaths))?[ \t]+"
                                r"(?:in|over)[ \t]+(?:the[ \t]+)?[A-Z]")
_PLACE_ITEMS_AFTER = re.compile(
    rf",[ \t]+(?:\d[\d,]*|(?i:{SMALL_NUMBER_WORDS}))[ \t]+(?:in|over|at)[ \t]+(?:the[ \t]+)?[A-Z]")
# "destroyed 96 drones, 27 of them over the Ryazan region", "..., including 27 over the territory of the
# Moscow region": the places of the weapons' parts after the whole
_WEAPONS_PLACE_ITEMS_AFTER = re.compile(
    rf",[ \t]+(?:including[ \t]+)?(?:\d[\d,]*|(?i:{SMALL_NUMBER_WORDS}))[ \t]+"
    r"(?:of[ \t]+(?:them|which|those)[ \t]+)?(?:in|over|at)[ \t]+(?:the[ \t]+)?"
    r"(?:territory[ \t]+of[ \t]+(?:the[ \t]+)?)?[A-Z]")
_DATELINE_BEFORE = re.compile(r"\b[A-Z][A-Z'\-]+$")  # "GILGIT: Twenty-six people ..."
_A_NUMBER_WORD_AT = re.compile(rf"[ \t]*(?i:{SMALL_NUMBER_WORDS})\b")
_A_FIGURE_BEFORE_IN = re.compile(rf"\d|\b(?i:{SMALL_NUMBER_WORDS})\b")
_AFTER_THE_BODIES_OF = re.compile(r"\bafter\b[^.;]{0,40}\bbodies\s+of\s+(?:the\s+|another\s+)?$",
                                  re.IGNORECASE)
_THE_LAST_BEFORE = re.compile(r"\b(?:the|The)[ \t]+(?:last|final|first)[ \t]+$")
_NAVAL_DRONES = re.compile(r"\b(?:naval|sea|maritime|sea-borne|seaborne)[ \t]+(?:attack[ \t]+)?drones?\b",
                           re.IGNORECASE)
_RECOVERED_THE_BODIES_OF_BEFORE = re.compile(r"\b(?:recovered|found|retrieved|pulled[ \t]+out)[ \t]+the[ \t]+"
                                             r"bodies[ \t]+of[ \t]+(?:another[ \t]+)?$")
_A_DAY_IN_SENTENCE = re.compile(rf"\b(?:[Oo]vernight|[Oo]n[ \t]+(?:{_WEEKDAY_NAMES})|today|yesterday|"
                                r"this[ \t]+morning|[Ii]n[ \t]+the[ \t]+morning)\b")
_RECOVERED_BEFORE = re.compile(r"\b(?:recovered|found|retrieved|pulled[ \t]+out)[ \t]+(?:another[ \t]+)?$")
_BODIES_THEN_A_DAY_AFTER = re.compile(rf"(?:[ \t]+more)?[ \t]+bod(?:y|ies)\b[^.;]{{0,60}}?[ \t]+"
                                      rf"(?:on[ \t]+(?:{_WEEKDAY_NAMES})|today|yesterday|overnight|"
                                      r"this[ \t]+morning)\b")
_BODIES_ON_A_DAY_AFTER = re.compile(
    r"(?:[ \t]+(?:more|additional|further))?(?:[ \t]+bod(?:y|ies))?"
    r"(?:,[ \t]+of[ \t][^,.;]{1,60},)?"  # "the two bodies, of a man and his son, were found on Monday"
    r"[ \t]+(?:were|was|have[ \t]+been|had[ \t]+been)"
    r"[ \t]+(?:recovered|found|retrieved|pulled[ \t]+out|exhumed)"
    rf"[ \t]+(?:on[ \t]+(?:{_WEEKDAY_NAMES})|today|yesterday|"
    r"overnight|this[ \t]+morning)\b")
_SHARE_OF_THE_TOTAL_AFTER = re.compile(
    r"(?:[ \t]+[a-z]+)?,?[ \t]+or[ \t]+[\d.]+[ \t]*(?:%|per[ \t]*cent|pc)[ \t]+of[ \t]+"
    r"(?:the[ \t]+|all[ \t]+)?(?:total|all|deaths|dead|fatalities|injured|victims)\b", re.IGNORECASE)
_FOLLOWED_BY_AFTER = re.compile(r",?[ \t]+followed[ \t]+by\b")
_THE_MOST_BEFORE = re.compile(r"\bthe\s+(?:most|highest|largest|fewest|lowest)\s+(?:number\s+of\s+)?"
                             r"(?:[a-z]+\s+){0,2}?[a-z]+(?:\s+since\s+\w+)?,\s*$", re.IGNORECASE)
_ALL_BEFORE = re.compile(r"\b(?:all|all\s+the|all\s+of\s+the)\s+$", re.IGNORECASE)
_PARTITIVE_BEFORE = re.compile(r"\b(?:one|two|three|some|many|most|all|none|each|any|several)\s+of\s+"
                               r"(?:the|those|these)\s+$", re.IGNORECASE)
_AMONG_THE_DEAD_AFTER = re.compile(
    r"[^.;]{0,70}?\bamong\s+(?:the|those)\s+(?:dead|deceased|victims|bodies|fatalities|deaths|injured|wounded|"
    r"hurt|taken|hospitali[sz]ed|admitted|treated|killed|who)\b", re.IGNORECASE)
_WITH_A_FIGURE = re.compile(rf",[ \t]+with[ \t]+(?:\d|(?i:{SMALL_NUMBER_WORDS})\b)")
_UNIDENTIFIED_BEFORE = re.compile(
    r"\b(?:identify|identifying|identification\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
_UNIDENTIFIED_AFTER = re.compile(
    r"[^.;]{0,30}?\b(?:beyond\s+recognition|(?:yet|still)\s+to\s+be\s+identified|"
    r"(?:remain|are|were)\s+(?:still\s+)?unidentified)\b", re.IGNORECASE)
# the words of a law cited in brackets: what it covers, not what happened
# "the roughly 5,000 deaths normally expected", "the 856 that would have been expected": a baseline
_EXPECTED_AFTER = re.compile(r"\s+(?:(?:normally|usually|typically|otherwise)\s+(?:be\s+)?expected|"
                             r"(?:that|which)\s+(?:would|could)\s+(?:normally\s+)?have\s+been\s+expected)\b|"
                             # "Up to 20 inches (51 cm) of rain could fall", "1 million of its customers
                             # could lose power": a forecast, not a figure of what happened
                             r"(?:\s+\([^()]{1,20}\))?(?:\s+(?:of\s+)?(?:its\s+|their\s+|the\s+)?[a-z]+){0,2}\s+"
                             r"(?:could|might|may)\s+(?:fall|lose|reach|rise|top|exceed|affect|hit|see|face|die|"
                             r"be\s+(?:without|evacuated|affected|displaced|killed|forced))\b",
                             re.IGNORECASE)
# "an excess of 480 deaths", "attributed 1,180 deaths to high temperatures": a statistical
# estimate of mortality, not a count of the dead
_EXCESS_BEFORE = re.compile(r"\bexcess(?:\s+of)?\s+(?:some\s+|about\s+|around\s+|nearly\s+|more\s+than\s+)?$",
                            re.IGNORECASE)
_HEAT = r"(?:the\s+)?(?:high\s+temperatures|heat|heatwaves?|extreme\s+heat|hot\s+weather)\b"
_EXCESS_AFTER = re.compile(rf"\s+excess\b|[^.;]{{0,30}}?\battribut(?:ed|able)\s+to\s+{_HEAT}", re.IGNORECASE)
_ATTRIBUTED_BEFORE = re.compile(r"\battribut(?:ed|es|ing)\s+$", re.IGNORECASE)
_TO_HEAT_AFTER = re.compile(rf"[^.;]{{0,30}}?\bto\s+{_HEAT}", re.IGNORECASE)
_A_FIGURE_THEN_A_DASH = re.compile(r"(?:\d|\b(?:" + SMALL_NUMBER_WORDS + r")\b)[^.;:\d]{0,80}?"
                                   r"[ \t](?:--|[-\u2013\u2014])[ \t]*$", re.IGNORECASE)


_RATE_OF_BEFORE = re.compile(r"\brate\s+(?:of|was|is|at|stood\s+at)\s+(?:about\s+|around\s+|some\s+)?$",
                             re.IGNORECASE)


def _estimates_excess_deaths(text: str, mention: Mention, end: int) -> bool:
    """"an excess of 480 deaths", "1,180 deaths attributed to heat", "has attributed 1,180 deaths
    to high temperatures": a model's estimate of mortality, which confirmed deaths cannot contradict."""
    window = text[max(0, mention.start - 20):end + 60].lower()
    if "xcess" not in window and "ttribut" not in window:
        return False
    before = max(0, mention.start - 20)
    attributed = _ATTRIBUTED_BEFORE.search(text, before, mention.start) and _TO_HEAT_AFTER.match(text, end)
    return bool(_EXCESS_BEFORE.search(text, before, mention.start) or _EXCESS_AFTER.match(text, mention.end)
                or attributed)


_AT_A_SHIP_AFTER = re.compile(r"[^.;]{0,40}?\b(?:targeted|targeting|aimed\s+at|against|at)\s+(?:the\s+)?"
                              r"(?:M/V|MV|M/T|MT|USS|HMS|INS|MS|SS|vessel|ship|tanker|container\s+ship|"
                              r"bulk\s+carrier|frigate|destroyer)\b")


def _others_of(noun: str | None, before: Sequence[Claim], lexicon: Lexicon) -> str | None:
    """"Six workers died and 32 others were injured": the others are workers too."""
    if noun is None or noun.lower() != "others" or not before:
        return noun
    named = before[-1].entity
    return named if named and lexicon.entity_group(named.lower()) == "person" else noun


_STATUTE_GLOSS_BEFORE = re.compile(r"\b(?:Article|Section|Part|Code|Act)\b[^()]{0,60}\([^()]*$")
_IN_OTHER_PLACES_AFTER = re.compile(
    r"\s+(?:(?:were|was|are|is)\s+)?in\s+(?:the\s+)?(?:other|remaining)\s+(?:districts|provinces|regions|areas|parts|"
    r"cities|towns|places|states|counties|municipalities|countries)\b", re.IGNORECASE)
_HANDED_OVER_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:handed\s+over|released|returned)\s+to\s+their\s+(?:families|relatives|kin)\b",
    re.IGNORECASE)
# "- Landmines and explosive remnants of war (ERW) caused 31 casualties", "Small-arms fire caused 22
# casualties": one cause's share of a period's casualties
_ONE_CAUSE_S_SHARE_OPENING = re.compile(
    r"[ \t\"\u201c]*(?:[-*\u2022][ \t]*)?(?:[\w-]+[ \t]+){0,4}?"
    r"(?:shelling|landmines?|mines|explosive[ \t]+remnants[ \t]+of[ \t]+war|unexploded[ \t]+ordnance|"
    r"small[- ]arms[ \t]+fire|gunfire|sniper[ \t]+fire|air[ \t]?strikes|drone[ \t]+(?:attacks|strikes)|"
    r"improvised[ \t]+explosive[ \t]+devices|IEDs)(?:[ \t]+\([A-Z]{2,5}\))?[ \t]+caused[ \t]+$",
    re.IGNORECASE)
_ONE_KIND_OF_ATTACK_OPENING = re.compile(
    r"[ \t\"\u201c]*(?:Attacks|Strikes|Incidents|Explosions|Blasts|Shootings|Bombings|Crashes|Accidents)"
    r"[ \t]+(?:using|with|involving|by|caused[ \t]+by|attributed[ \t]+to|blamed[ \t]+on)[ \t]+[^.;]{0,80}?"
    r"\b(?:killed|injured|wounded|caused|left|claimed)[ \t]+"
    r"(?:[^.;]{0,30}?\band[ \t]+(?:injured|wounded)[ \t]+)?$")
_RESIDENTS_OF_ONE_TOWN_AFTER = re.compile(
    r"[ \t]+(?:residents|people|villagers|inhabitants)[ \t]+of[ \t]+(?:her|his|their|its)[ \t]+"
    r"(?:town|village|city|municipality|barangay|commune|hamlet|settlement|island)\b")
_A_WITNESS_SAW_BEFORE = re.compile(r"\b(?:saw|seen)[ \t]+(?:at[ \t]+least[ \t]+|about[ \t]+|some[ \t]+)?$")
_THE_BIGGEST_KILLER_BEFORE = re.compile(
    r"\b(?:biggest|leading|main|most[ \t]+common|largest|deadliest|top)[ \t]+"
    r"(?:killer|cause(?:[ \t]+of[ \t]+death)?|location|setting|activity)"
    # "Transportation incidents were the leading cause in the spring quarter, killing four workers"
    r"(?:[ \t]+(?:in|of|for|during)[ \t]+[^,.;]{1,40})?"
    r"[ \t]*,[ \t]*(?:responsible[ \t]+for|accounting[ \t]+for|causing|with|killing|claiming)[ \t]+"
    r"(?:about[ \t]+|around[ \t]+|some[ \t]+|nearly[ \t]+|more[ \t]+than[ \t]+)?$", re.IGNORECASE)
# "The two other wounded, a school cook and a janitor": besides those counted before
_OTHER_HARMED_AFTER = re.compile(r"[ \t]+other[ \t]+(?:wounded|injured|dead|victims|casualties)\b")
# "as the two brick-kiln deaths in Begusarai and two deaths from Saharsa were added": more of them
_WERE_ADDED_AFTER = re.compile(r"[^.;]{0,80}?\b(?:were|was|have[ \t]+been|had[ \t]+been)[ \t]+added\b")
_HANDED_BEFORE = re.compile(r"\b(?:handed|released|returned)[ \t]+(?:over[ \t]+)?(?:the[ \t]+)?$")
_BODIES_TO_FAMILIES_AFTER = re.compile(r"[ \t]+(?:more[ \t]+)?bod(?:y|ies)[ \t]+(?:over[ \t]+)?to[ \t]+"
                                       r"(?:their[ \t]+|the[ \t]+)?(?:families|relatives|kin)\b")
_BESIDES_THE_BEFORE = re.compile(r"\b(?:Besides|besides|Apart[ \t]+from|apart[ \t]+from|Aside[ \t]+from|"
                                 r"aside[ \t]+from|Other[ \t]+than|other[ \t]+than)[ \t]+the[ \t]+$")
# "the figure was a drop of 15 deaths": a change, no toll (the rules read it too)
A_CHANGE_OF_BEFORE = re.compile(r"\b(?:a|an|the)[ \t]+(?:drop|fall|decrease|decline|reduction|rise|increase|"
                                r"jump)[ \t]+of[ \t]+$", re.IGNORECASE)
_THE_DEADLIEST_DAY_BEFORE = re.compile(r"\b(?:deadliest|worst|bloodiest|busiest)[ \t]+(?:single[ \t]+)?"
                                       r"(?:day|night)\b[^.;]{0,100}?\bwhen[ \t]+$", re.IGNORECASE)
_BESIDES_OPENING = re.compile(r"[ \t\"\u201c]*(?:Besides|Apart[ \t]+from|Aside[ \t]+from|Other[ \t]+than)"
                              r"[ \t]+the[ \t]+[^,.;]{1,40},")
_SENT_ON_TO_AFTER = re.compile(r"[ \t]+(?:(?:people|patients|children|others|injured|wounded)[ \t]+)?"
                               # "among the six injured who were referred to Peshawar": those sent on
                               r"(?:(?:who|that)[ \t]+)?(?:(?:were|have[ \t]+been|had[ \t]+been)[ \t]+)?"
                               r"(?:airlifted|air-lifted|flown|referred|transferred)[ \t]+to\b",
                               re.IGNORECASE)
_OUT_OF_INTENSIVE_CARE_AFTER = re.compile(
    r"[ \t]+(?:patients[ \t]+|people[ \t]+)?(?:were|was|have[ \t]+been|had[ \t]+been)[ \t]+"
    r"(?:moved|transferred|taken|discharged|released)[ \t]+(?:out[ \t]+of|from)[ \t]+(?:the[ \t]+)?"
    r"(?:intensive[ \t]+care|ICU)\b")
# "That leaves roughly 90 missiles", "all but 11 of the drones": a remainder; not "the attack left 12
# dead" or "leaving 12 dead", a toll
_WHAT_IS_LEFT_BEFORE = re.compile(r"(?:\b(?:that|this|which|it)[ \t]+leaves[ \t]+(?:only[ \t]+|just[ \t]+)?"
                                  r"(?:roughly[ \t]+|about[ \t]+|some[ \t]+|around[ \t]+|nearly[ \t]+)?"
                                  r"|\ball[ \t]+but[ \t]+)$", re.IGNORECASE)
_BODIES_HANDED_OVER_AFTER = re.compile(r"[^.;]{0,80}?\b(?:were|was|have[ \t]+been|had[ \t]+been)[ \t]+"
                                       r"(?:also[ \t]+)?(?:handed[ \t]+over|repatriated|returned|exchanged|"
                                       r"transferred)[ \t]+to[ \t]+(?:the[ \t]+)?[\w-]+[ \t]+"
                                       r"(?:side|authorities)\b")
# a side of a war, not a hospital: "The Russian side received the bodies of 19 servicemen"
_RECEIVED_THE_BODIES_BEFORE = re.compile(r"\bside[ \t]+(?:has[ \t]+|had[ \t]+)?(?:received|receives|"
                                         r"repatriated|returned|handed[ \t]+over|exchanged)[ \t]+"
                                         r"(?:the[ \t]+)?bodies[ \t]+of[ \t]+$")
_INSIDE_WHEN_IT_FELL_AFTER = re.compile(
    r"[ \t]+(?:(?:were|was)[ \t]+)?(?:(?:in|inside)[ \t]+the[ \t]+(?:[a-z]+[ \t]+)?(?:building|structure|"
    r"house|factory|block|school|hall|mall|hotel|mine|church|mosque|room|classroom|plant|unit|shed)|"
    # "58 workers were on the premises when the blast occurred: 14 have died, ..."
    r"on[ \t]+(?:the[ \t]+)?(?:premises|site|shift|duty))[ \t]+when\b", re.IGNORECASE)
_IN_HOSPITAL_AFTER = re.compile(r"[ \t]+(?:later[ \t]+)?in[ \t]+(?:a[ \t]+|the[ \t]+)?hospitals?\b",
                                re.IGNORECASE)
_A_LIST_OF_THE_DEAD_OPENS_BEFORE = re.compile(
    r"\b(?:died|killed|dead|deaths|perished|lost[ \t]+their[ \t]+lives)[ \t]*:[^.;:]{0,80}$", re.IGNORECASE)
_AT_THE_SCENE_AFTER = re.compile(r"[^.;,:]{0,40}?(?:,[^.;,:]{1,50},)?[^.;,:]{0,20}?"  # ", among them X,"
                                 r"\b(?:died|dead|deceased|killed|perished)\b[^.;,:]{0,20}?"
                                 r"\b(?:at\s+the\s+scene|on\s+the\s+spot)\b", re.IGNORECASE)
_AND_AN_ORDINAL_AFTER = re.compile(
    r"[^.;]{0,80}?,?\s+and\s+(?:a|the)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b",
    re.IGNORECASE)
_ALONE_AFTER = re.compile(r"[^.;,]{0,40}?\b(?:on|in|during|over)\s+[^.;,]{1,30}?\s+alone\b", re.IGNORECASE)
_ALONE_BEFORE = re.compile(r"\balone\b\s*,[^.;]*$|"
                           # "Week 18 alone accounted for 389 cases and 27 deaths"
                           r"\balone\s+(?:accounted\s+for|saw|recorded|reported|registered|"
                           # "That strike alone killed four people": one strike's part of a toll told before
                           r"killed|wounded|injured|claimed|left|took|cost|"
                           # "our mobile fire groups alone destroyed 41 drones": one unit's share
                           r"destroyed|downed|shot\s+down|intercepted)\b[^.;]*$|"
                           # "In my village alone they killed nine people": one place's share of the toll
                           r"\b(?:in|at)\s+(?:(?:my|our|his|her|their|the|this|that)\s+)?[\w'\u2019-]+"
                           r"(?:\s+[\w'\u2019-]+){0,2}\s+alone\b[^.;:,]{0,40}$",
                           re.IGNORECASE)
_REMAINING_BEFORE = re.compile(r"\bthe\s+(?:remaining|rest\b|other)\b[^,.;:]*$", re.IGNORECASE)
# or "4 dead (3 in A, 1 in B)", "eight missiles – all seven cruise missiles and one ballistic"
# (a spaced hyphen too: "killed 17 people across four districts - seven in Mandi, ...")
_COLON_LIST = EndsWith(re.compile(r"(?::|\(|\s[\u2013\u2014]|\s--?)\s*(?:all\s+|at\s+least\s+|some\s+|"
                                  r"about\s+|around\s+)?$"),
                       (":", "(", "\u2013", "\u2014", "-", "all", "least", "some", "about", "around"))
_OF_THE_GROUP = EndsWith(re.compile(
    r"(?:^|[.;]\s*)\s*(?:Of|Among)\s+(?:the|those|these|them|whom)\b[^,]{0,60},\s*$"), (",",))
_THE_OTHERS_AFTER = re.compile(r"[^.;:]{0,40}?(?:;|,\s+(?:while|and|but))\s+(?:all\s+)?the\s+"
                               r"(?:others|rest)\b", re.IGNORECASE)
_OF_THE_HARMED_GROUP_AFTER = re.compile(
    rf"[ \t]+(?:out[ \t]+)?of[ \t]+(?:the|all)[ \t]+(?:\d[\d,]*|(?i:{SMALL_NUMBER_WORDS}))[ \t]+"
    r"(?:[a-z-]+[ \t]+)?(?:injured|wounded|hurt|killed|dead)\b")
_AMONG_THE_GROUP_WERE = re.compile(r"[ \t\"\u201c]*Among[ \t]+the[ \t]+(?:dead|martyrs|victims|killed|"
                                   r"injured|wounded|casualties|deceased|fatalities)\b[^.;,\d]{0,60}?[ \t]+"
                                   r"(?:were|was|are|is)[ \t]+(?:also[ \t]+)?(?:at[ \t]+least[ \t]+)?",
                                   re.IGNORECASE)
_OF_THE_OPENING = re.compile(r"\s*(?:Of|Among)\s+(?:the|those|these)\s+[^,\d]{1,60},")
# "Of the 47, 38 had gunshot wounds": the figure named again, then a part of it
_OF_THE_NUMBER = re.compile(r"[ \t]*(?:Of|Among)[ \t]+(?:the|those|these)[ \t]+(?P<n>\d[\d,]*)[ \t]*,(?!\d)")
# "The toll rose to 41": the smaller count the sentence before gave is the one it replaces
INCLUDING_BEFORE = re.compile(r"\b(?:including|among\s+them|of\s+whom|of\s+which)\s+$", re.IGNORECASE)
# "The toll rose to 41", "The number of injured in Kyiv has risen to 12"
_TOLL_ROSE_BEFORE = re.compile(r"\b(?:toll|number|tally|count)\b[^.;]{0,40}?\b(?:rose|climbed|increased|"
                               r"jumped|reached|grew|(?:has|had)\s+(?:risen|grown|increased|climbed))\s+to\s+"
                               r"(?:at\s+least\s+)?$", re.IGNORECASE)
# "died of starvation-related causes": a tally of one cause, kept apart from the event's toll
_RUNNING_TOTAL_AFTER = re.compile(r"[^.;,()]{0,40}?\(\+\s?\d")
_ONE_CAUSE = re.compile(r"\b(?:starvation|malnutrition|hunger|famine)\b", re.IGNORECASE)
_LOCAL_SOURCE = re.compile(
    r"\b(?:(?P<facility>hospital|clinic|medical\s+cent(?:er|re)|clinical\s+cent(?:er|re)|infirmary)|"
    r"(?:district|municipal|county|city|town)"
    r"\s+(?:administration|office|council|authorit(?:y|ies)|police))\b", re.IGNORECASE)
TOLLS = frozenset({"killed", "injured", "missing", "rescued"})
# "the families of the two victims": the dead, said of the figure that follows only
_OF_THE_DEAD_WORDS = ("families of", "relatives of", "funerals of", "funeral of")
_RELATIVES_OF_THOSE_WHO_BEFORE = re.compile(
    r"\b(?:relatives|families|loved[ \t]+ones|next[ \t]+of[ \t]+kin)[ \t]+of[ \t]+"
    r"(?:those|the[ \t]+people|people|the[ \t]+ones)[ \t]+(?:who|that)[ \t]+(?:[a-z]+[ \t]+){0,3}$")
_HARM = frozenset({"killed", "injured", "casualties", "missing"})  # what befell people, not what was done
_SAVED = frozenset({"rescued", "saved", "freed", "pulled alive", "pulled out alive", "brought out alive",
                    "dug out"})
_REGIONAL_SOURCE = re.compile(
    r"\b(?:[Gg]overnor|[Hh]ead|[Cc]hief)\s+of\s+(?:the\s+)?(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)\s+"
    r"(?:(?P<area>region|oblast|province|governorate)\b|[Rr]egional\s+(?:[Mm]ilitary\s+)?[Aa]dministration)|"
    # "Lviv Regional Military Administration (Telegram)": the administration itself
    r"^(?:the\s+)?(?P<own>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)\s+[Rr]egional\s+(?:[Mm]ilitary\s+)?"
    r"[Aa]dministration\b")


_CITY_SOURCE = re.compile(r"(?:the\s+)?(?:(?P<city>[A-Z][\w'\u2019-]+)\s+[Cc]ity\s+(?:[Mm]ilitary\s+)?"
                          r"(?:[Cc]ouncil|[Hh]all|[Aa]dministration)|[Mm]ayor\s+of\s+(?P<of>[A-Z][\w'\u2019-]+))\b")


def _source_area(source: str | None) -> str | None:
    """The region a governor or a regional administration speaks for: "Governor of the Samara
    region" -> "Samara region"; "Head of the Zhytomyr Regional Military Administration" ->
    "Zhytomyr region"."""
    found = _REGIONAL_SOURCE.search(source) if source else None
    if found:
        return f"{found.group('name') or found.group('own')} {found.group('area') or 'region'}"
    # a national body's statement ("Air Force of the Armed Forces of Ukraine", "Ministry of Defence of
    # the Russian Federation") counts what it downed over its country
    national = _NATIONAL_SOURCE.search(source) if source else None
    if national:
        word = national.group("country") or national.group("own")
        return "Russia" if word == "Russian Federation" else _COUNTRY_OF.get(word, word)
    # "Ternopil City Council", "Mayor of Kharkiv": the city its council or mayor speaks for
    city = _CITY_SOURCE.match(source) if source else None
    return (city.group("city") or city.group("of")) if city else None

_NATIONAL_SOURCE = re.compile(r"\b(?:Air\s+Force|Armed\s+Forces|Ministry\s+of\s+Defen[cs]e|"
                              r"Defen[cs]e\s+Ministry|General\s+Staff)\b.*?\b(?P<country>Ukraine|Russian\s+Federation|Russia|Israel|"
                              r"Iran|Ukrainian|Russian|Israeli)\b|\b(?P<own>Ukraine|Russia|Israel)['\u2019]s\s+"
                              r"(?:Air\s+Force|Defen[cs]e\s+Ministry|Ministry\s+of\s+Defen[cs]e)")
_LAUNCHED_OF = {
    "drones_intercepted": "drones_launched",
    "drones_lost": "drones_launched",
    "missiles_intercepted": "missiles_launched",
    "intercepted": "targets_launched",
}
# the other way round: what a list's downing verb makes of an item read as launched
_INTERCEPTED_OF = {launched: downed for downed, launched in _LAUNCHED_OF.items()
                   if downed != "drones_lost"} | {"ballistic_launched": "missiles_intercepted",
                                                  "cruise_launched": "missiles_intercepted"}
# words of a launch that only list: "destroyed 17 drones and missiles, including 12 drones": destroyed
_LISTING_TRIGGERS = frozenset({"including", "included", "among"})
_A_VERB_BETWEEN = re.compile(r"\b(?:were|was|are|is|had|have|has|launched|fired|said|says)\b", re.IGNORECASE)
_MAX_TRIGGER_DISTANCE = 100


@dataclass(frozen=True, slots=True)
class _Choice:
    """How a figure counting one entity group takes its category, worked out once per lexicon."""

    plain: str | None  # the first category that counts the group without a trigger word
    by_trigger: dict[str, tuple[int, str]]  # trigger -> (lexicon order, category) of the first allowed
    fallback: str  # when no trigger word is near


@dataclass(frozen=True, slots=True)
class _Matchers:
    """Regular expressions compiled once per lexicon."""

    entity: tuple[Pattern[str], ...]  # with 0, 1, 2, 3 modifiers before the noun: fewest wins
    triggers: Pattern[str]
    trigger_categories: dict[str, tuple[str, ...]]
    choices: dict[str, _Choice]  # entity group ("none" for no noun) -> its choice; absent: "other"


def _longest_first(words: Sequence[str]) -> str:
    """An alternation that matches, at a position, the longest of `words` the rest of the
    pattern accepts: the words sorted longest first, or the same language as a character
    trie, which the regex engine tries in a few steps instead of one word after another.

    The trie keeps the longest-first choice because at most one branch of a node can match
    the next character; that holds for ASCII words even under IGNORECASE, so other words
    keep the plain alternation.
    """
    if not all(w.isascii() for w in words):
        return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def branches(node: dict[str, dict]) -> str:
        alternatives = [re.escape(ch) + branches(child) for ch, child in node.items() if ch]
        if "" in node:
            alternatives.append("")  # the word ending here, tried after every longer one
        return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"

    return branches(trie) if trie else "(?:)"


def _choices(lexicon: Lexicon, by_trigger: dict[str, list[str]]) -> dict[str, _Choice]:
    order = {c.name: i for i, c in enumerate(lexicon.categories)}
    groups = dict.fromkeys(g for c in lexicon.categories for g in c.counts)
    choices: dict[str, _Choice] = {}
    for group in groups:
        counting = [c for c in lexicon.categories if group in c.counts]
        allowed = {c.name for c in counting}
        ranked: dict[str, tuple[int, str]] = {}
        for word, names in by_trigger.items():
            cats = [c for c in names if c in allowed]
            if cats:
                best = min(cats, key=order.__getitem__)
                ranked[word] = (order[best], best)
        fallback_name: str | None = next((c.name for c in counting if c.fallback), None)
        choices[group] = _Choice(
            plain=next((c.name for c in counting if not c.when), None),
            by_trigger=ranked,
            fallback=fallback_name or "other",
        )
    return choices


@lru_cache(maxsize=8)
def _matchers(lexicon: Lexicon) -> _Matchers:
    nouns = _longest_first(lexicon.entity_nouns())
    entity = tuple(
        re.compile(rf"(?:\s+{_MODIFIER}){{{k}}}\s+(?P<noun>{nouns})\b(?!-)", re.IGNORECASE)
        for k in range(4)
    )
    by_trigger: dict[str, list[str]] = {}
    for cat in lexicon.categories:
        for word in cat.when:
            by_trigger.setdefault(word, []).append(cat.name)
    # "from 146 a day earlier": a point in time, not the rate "a day" says elsewhere
    triggers = re.compile(r"\b(?!an?\s+(?:day|week|month|year)\s+(?:earlier|later|before|after|ago|prior)\b)"
                          + _longest_first(list(by_trigger)) + r"\b", re.IGNORECASE)
    return _Matchers(
        entity=entity,
        triggers=triggers,
        trigger_categories={k: tuple(v) for k, v in by_trigger.items()},
        choices=_choices(lexicon, by_trigger),
    )


@dataclass(frozen=True, slots=True)
class _Counted:
    noun: str | None
    group: str | None  # the lexicon's entity group; "unknown" for a noun in no group
    end: int


UNKNOWN = "unknown"


def _noun_at(text: str, pos: int, end: int, lexicon: Lexicon, m: _Matchers) -> _Counted | None:
    for pattern in m.entity:
        hit = pattern.match(text, pos, end)
        if hit and not _COMPOUND_HEAD.match(text, hit.end(), end):
            if hit.group("noun")[:1].isupper() and _A_NAME_GOES_ON.match(text, hit.end(), end):
                continue  # "three National Guard helicopters": a name's first word, no national
            noun = hit.group("noun").lower()
            group = lexicon.entity_group(noun)
            more = None
            if group in WEAPON_GROUPS:  # "unmanned aerial vehicles (UAVs) and missiles": past the acronym
                acronym = _ACRONYM_AFTER.match(text, hit.end(), end)
                more = _MORE_WEAPONS_AFTER.match(text, acronym.end() if acronym else hit.end(), end)
            kind = "drones" if group == "drone" else noun.split()[-1]
            heads = (w.group(1).lower() for w in _WEAPON_HEAD.finditer(more.group())) if more else ()
            if any(_HEAD_KIND.get(h, h) != _HEAD_KIND.get(kind, kind) for h in heads):
                return _Counted("targets", "target", more.end())  # type: ignore[union-attr]  # "3,512 drones, glide bombs and missiles"
            return _Counted(noun, group, hit.end())
    return None


_WEAPON_NOUN = (r"(?:(?!(?:an?|the|some|about|several|dozens|hundreds|more|other|"
                + SMALL_NUMBER_WORDS + r")\b)[A-Za-z][\w-]*[ \t]+){0,2}?"
                r"(?:drones|missiles|rockets|bombs|shells|UAVs)\b")
_ACRONYM_AFTER = re.compile(r"[ \t]*\([A-Z]{2,6}s?\)")
_A_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z][a-z]")
_HEAD_KIND = {"uavs": "drones"}  # "479 strike UAVs, Gerbera drones and imitator drones" are all drones
_WEAPON_HEAD = re.compile(r"\b(drones|missiles|rockets|bombs|shells|UAVs)\b", re.IGNORECASE)
# "3,512 drones, glide bombs and missiles", "more than 100 ballistic missiles and drones": two kinds
# or more, none with a count of its own (a
# list of kinds of drone is still drones: "479 strike UAVs, Gerbera drones and imitator drones")
_MORE_WEAPONS_AFTER = re.compile(rf"(?:,[ \t]+{_WEAPON_NOUN}){{0,3}},?[ \t]+(?:and|or)[ \t]+{_WEAPON_NOUN}",
                                 re.IGNORECASE)


_A_STATE_AFTER = re.compile(r"[ \t]+(?:missing|unaccounted|trapped|hospitali[sz]ed|stranded|captive|"
                            r"in[ \t]+(?:hospital|custody|captivity|critical|serious)|at[ \t]+large)\b")


_A_KIND_OF_DEATHS_AFTER = re.compile(r"[ \t]+(?P<kind>[a-z]+)[ \t]+(?:deaths|fatalities)\b")


def _counted(text: str, mention: Mention, end: int, lexicon: Lexicon, m: _Matchers) -> _Counted:
    """The noun the figure counts: "145 drones", "seven other regions", "five of the missiles"."""
    pos = mention.end
    line_end = text.find("\n", pos, end)
    if line_end >= 0:
        end = line_end  # "Missing: 21\nInjured: 64": the next line's label counts nothing of 21
    # "one remains missing", "14 remains trapped": the verb, not the bodies
    remains_a_verb = text.startswith("remains", pos + 1) and (
        mention.value == 1 or _A_STATE_AFTER.match(text, pos + 8) is not None)
    found = _noun_at(text, pos, end, lexicon, m) if not remains_a_verb else None
    if found:
        return found
    if (animals := _A_KIND_OF_DEATHS_AFTER.match(text, pos, end)) and lexicon.entity_group(
            animals.group("kind").lower()) == "animal":
        return _Counted(animals.group("kind").lower(), "animal", animals.end())  # "92 elephant deaths"
    of = _OF_WHAT.match(text, pos, end) or (
        _OF_PLAIN.match(text, pos, end) if mention.qualifier == "vague" or mention.is_word else None)
    if of:
        found = _noun_at(text, of.end() - 1, end, lexicon, m)
        if found:
            return found
        plain = _PLAIN_NOUN.match(text, of.end() - 1, end)
        noun = plain.group("noun").lower() if plain else ""
        if plain and noun not in _NOT_NOUN and noun not in _CAUSES_OF_DEATH:  # "hundreds of volunteer groups"
            return _plain_counted(plain, m)
    if mention.unit is None and not remains_a_verb:
        plain = _PLAIN_NOUN.match(text, pos, end)
        if plain and plain.group("noun").lower() not in _NOT_NOUN:
            return _plain_counted(plain, m)
        if mention.value == 1 and (occasion := _ONE_OCCASION_AFTER.match(text, pos, end)):
            return _Counted(occasion.group("noun").lower(), UNKNOWN, occasion.end())
    if times := _TIMES_AFTER.match(text, pos, end):  # "shared thousands of times": how often, not who
        return _Counted("times", UNKNOWN, times.end())
    copula = _COPULA_AFTER.match(text, pos, end)
    if copula:  # "Of the missiles, 14 were cruise missiles ... and nine were Iskander-M ballistic missiles"
        found = _noun_at(text, copula.end(), end, lexicon, m)
        if found is None and (kind := _KIND_OF_WEAPON_WORD.match(text, copula.end(), end)):
            found = _noun_at(text, kind.end(), end, lexicon, m)  # "448 were Shahed-type attack drones"
        opening = _OF_THE_WHOLE_OPENING.match(text, _opening_start(text, mention.start))
        if found and (found.group in _KINDS_OF_MISSILE or (
                # "Of those [476 aerial weapons], 448 were Shahed-type attack drones": drones; not "Of
                # the missiles, 8 were Kh-31P anti-radar missiles", a kind of the missiles
                found.group in WEAPON_GROUPS and opening is not None
                and found.noun.split()[-1][:5].lower() not in opening.group().lower())):  # type: ignore[union-attr]
            return _Counted(found.noun, found.group, mention.end)
    if mention.unit is None and (whole := _things_of_the_opening(text, mention, lexicon, m)) is not None:
        return whole
    heading = _heading_noun(text, mention.start, lexicon, m)
    if heading is not None:  # "Downed drones by district: Dnipro district – 9": drones
        return heading
    label = _LABEL_NOUN_BEFORE.search(text, max(0, mention.start - 40), mention.start) if (
        ":" in text[max(0, mention.start - 3):mention.start]) else None
    if label and (found := _noun_at(text, label.start("noun") - 1, label.end("noun"), lexicon, m)) and (
            found.group not in (None, "person") and found.group not in WEAPON_GROUPS):
        # "Livestock perished: 64"; not a weapons tally's
        return _Counted(found.noun, found.group, mention.end)
    number_of = _NUMBER_OF_THINGS_BEFORE.search(text, max(0, mention.start - 90), mention.start)
    if number_of:  # "put the number of cattle killed at nearly 400": the cattle are counted
        found = _noun_at(text, number_of.start("noun") - 1, mention.start, lexicon, m)
        if found and found.group not in (None, "person"):
            return _Counted(found.noun, found.group, mention.end)
    return _Counted(None, None, mention.end)


# a factbox label: "Livestock perished: 64", "Houses damaged: 212"
_LABEL_NOUN_BEFORE = re.compile(r"(?:^|[.\n]\s*)(?P<noun>[A-Z][a-z]+)(?:[ \t]+[a-z]+)?[ \t]*:[ \t]*$")


def _opening_start(text: str, pos: int) -> int:
    """Where the sentence holding text[pos] opens, by its last full stop or line break."""
    return max(text.rfind(". ", 0, pos) + 2, text.rfind("\n", 0, pos) + 1)


def _of_the_things_right_before(text: str, pos: int) -> re.Match[str] | None:
    """The opening "Of the missiles," when the figure at text[pos] follows it directly."""
    opening = _OF_THE_THINGS_OPENING.match(text, _opening_start(text, pos), pos)
    return None if opening is None or text[opening.end():pos].strip(" \t") else opening


def _things_of_the_opening(text: str, mention: Mention, lexicon: Lexicon, m: _Matchers) -> _Counted | None:
    """"Of the missiles, 55 were intercepted": a figure right after an opening that names the
    things it is a part of counts those things."""
    opening = _of_the_things_right_before(text, mention.start)
    if opening is None:
        return None
    found = _noun_at(text, opening.start("noun") - 1, opening.end(), lexicon, m)
    return _Counted(found.noun, found.group, mention.end) if found and found.group in WEAPON_GROUPS else None


_OF_THE_THINGS_OPENING = re.compile(r"[ \t\"\u201c]*(?:Of|Among)[ \t]+the[ \t]+(?P<noun>[^,.;\d]{1,40}),")
_KINDS_OF_MISSILE = frozenset({"ballistic", "cruise"})
_OF_THE_WHOLE_OPENING = re.compile(r"[ \t\"\u201c]*(?:Of|Among)[ \t]+"
                                   r"(?:those|these|them|the[ \t]+[^,.;]{1,60}),")
_KIND_OF_WEAPON_WORD = re.compile(r"[ \t]+[A-Z][\w]*-(?:type|class|style|made)\b")
# "Two soldiers were killed in one such attack": one event or place, not one person
_ONE_OCCASION_AFTER = re.compile(
    r"[ \t]+(?:(?:such|single|more|other|further|particular)[ \t]+)?(?P<noun>attack|raid|strike|airstrike|"
    r"air[ \t]+strike|blast|explosion|incident|shelling|bombing|assault|ambush|clash|operation|attempt|"
    r"occasion|instance|episode|village|town|district|neighbou?rhood|area|house|building|vehicle|car|"
    r"bus|boat|truck|crash|collision|accident|fire|tornado|storm|landslide)\b", re.IGNORECASE)
_ONE_OCCASION_KILLED_BEFORE = re.compile(
    r"(?:[;,:]\s+|\b(?:and|while|but)\s+)one\s+(?:of\s+(?:the|them|those)\s+)?(?:\w+\s+)?"
    r"(?:attacks?|raids?|strikes?|airstrikes?|blasts?|explosions?|crash(?:es)?|collisions?|accidents?|fires?|"
    r"tornado(?:es)?|incidents?)\b[^.;]{0,60}?\b(?:killed|injured|wounded|left|claimed)\s+"
    r"(?:at\s+least\s+|another\s+)?$", re.IGNORECASE)
_COPULA_AFTER = re.compile(r"[ \t]+(?:were|was|are|is)(?=[ \t])")
_NUMBER_OF_THINGS_BEFORE = re.compile(
    r"\b(?:number|count|tally)[ \t]+of[ \t]+(?:the[ \t]+)?(?P<noun>[a-z])[^.;:,]{0,60}?"
    r"\b(?:at|to|as)[ \t]+(?:(?:about|around|nearly|almost|some|over|more[ \t]+than|at[ \t]+least)[ \t]+)?$")


def _heading_noun(text: str, a: int, lexicon: Lexicon, m: _Matchers) -> _Counted | None:
    """The noun of the heading a by-area list's item follows ("Downed drones by district:")."""
    item = _list_item(text, a)
    if item is None or item.group("by") is None:
        return None
    heading_end = max(0, a - 200) + item.start()
    for word in _WORD_START.finditer(text, max(0, heading_end - 40), heading_end):
        found = _noun_at(text, word.start(), heading_end, lexicon, m)
        if found is not None and found.group not in (None, UNKNOWN) and not _A_LOCATION_BEFORE.search(
                text, max(0, word.start() - 4), word.start() + 1):
            return _Counted(found.noun, found.group, a)
    return None


# "The martyrs who arrived at hospitals were distributed by governorate as follows:": where they are
_A_LOCATION_BEFORE = re.compile(r"\b(?:at|in|to|from)[ \t]$")


_WORD_START = re.compile(r"[ \t](?=[A-Za-z])")


def _plain_counted(plain: re.Match[str], m: _Matchers) -> _Counted:
    """A counted noun the lexicon does not list; "1,700 deaths", "90 injuries" name the event
    itself, so the figure counts people, not a thing."""
    noun = plain.group("noun").lower()
    names_event = any(c != "other" for c in m.trigger_categories.get(noun, ()))
    return _Counted(noun, None if names_event else UNKNOWN, plain.end())


@dataclass(frozen=True, slots=True)
class _Clauses:
    """Where the clauses of one sentence break, found once for all the figures in it."""

    start: int
    end: int
    breaks: tuple[tuple[int, int], ...]
    opening_end: int = 0  # the end of an opening "Of the 64 persons admitted to the GRH,"

    @classmethod
    def of(cls, text: str, sent: Sentence) -> _Clauses:
        breaks = tuple(brk.span() for brk in _CLAUSE_BREAK.finditer(text, sent.start, sent.end))
        head = text[sent.start:sent.start + 8].lstrip(" \t\n\"\u201c")[:2]  # '"Of the 112 people ...,'"
        opening = _OF_THE_PHRASE.match(text, sent.start, sent.end) if head in ("Of", "Am") else None
        return cls(sent.start, sent.end, breaks, opening.end() if opening else 0)

    def around(self, a: int, b: int) -> tuple[int, int]:
        """The clause of the sentence around text[a:b]; a figure inside an opening "Of the N
        ...," is read in that phrase alone ("Of the 64 persons admitted, ... seven have died")."""
        left, right = self.start, self.end
        if b < self.opening_end:
            right = self.opening_end
        for brk_start, brk_end in self.breaks:
            if brk_end <= a:
                left = brk_end
            elif brk_start >= b:
                right = brk_start
                break
        return left, right

    def across_an_aside(self, text: str, clause: tuple[int, int]) -> tuple[int, int]:
        """The clause with the one before a short aside between dashes: in "shot down 558 drones
        — 90% of the total — and 27 missiles" the 27 are shot down too."""
        for i, (brk_start, brk_end) in enumerate(self.breaks):
            if brk_end != clause[0]:
                continue
            if i == 0 or not _IS_DASH_BREAK.fullmatch(text, brk_start, brk_end):
                return clause
            opening_start, opening_end = self.breaks[i - 1]
            if brk_start - opening_end > 40 or not _IS_DASH_BREAK.fullmatch(text, opening_start, opening_end):
                return clause
            return (self.breaks[i - 2][1] if i >= 2 else self.start), clause[1]
        return clause

    def through_a_dash_aside(self, text: str, clause: tuple[int, int],
                             triggers: re.Pattern[str]) -> tuple[int, int]:
        """The clause with the verb after an aside between dashes: in "nine people - six men, two
        women, and one child - died at the scene" the nine, and the items inside, died."""
        at = [i for i, (brk_start, _) in enumerate(self.breaks) if brk_start == clause[1]]
        if not at:
            return clause
        dashes = [i for i, brk in enumerate(self.breaks) if _IS_DASH_BREAK.fullmatch(text, *brk)]
        if at[0] not in dashes and not any(
                j < at[0] and clause[1] - self.breaks[j][1] <= 100 for j in dashes):
            return clause  # neither opens an aside nor is inside one
        closers = [j for j in dashes if j >= at[0] and self.breaks[j][0] - clause[1] <= 100][:2]
        for j in closers:
            aux = _AUXILIARY.match(text, self.breaks[j][1])
            if aux and triggers.match(text, aux.end()):
                return clause[0], self.breaks[j + 1][0] if j + 1 < len(self.breaks) else self.end
        return clause


_IS_DASH_BREAK = re.compile(r"\s(?:[\u2013\u2014-]|--)\s")
_AUXILIARY = re.compile(r"(?:(?:were|was|are|is|had|have|has)[ \t]+(?:been[ \t]+)?)?"
                        r"(?:all[ \t]+|also[ \t]+|later[ \t]+)?")
_NUMBER_OF_BEFORE = re.compile(
    r"\bthe\s+(?:number\s+of\s+(?P<noun>[a-z]+(?:\s+[a-z]+){0,2})|(?P<owner>[a-z]+)s?['\u2019]\s*(?:death\s+)?toll)"
    r"\b[^.;]{0,60}?\bto\s+$", re.IGNORECASE)
_KILL_IDIOM = re.compile(r"\s+(?:off|it|time)\b", re.IGNORECASE)
_WHO_CLAUSE_THEN_A_DEATH = re.compile(r"[ \t]+who[ \t]+(?:had|have|has|were|was)[ \t]+[^,.;\d]{1,90}?[ \t]"
                                      r"(?P<aux>(?:were|was|have[ \t]+been|had[ \t]+been)[ \t]+)?"
                                      r"(?P<verb>died|perished|succumbed|found[ \t]+alive|rescued)\b")
_REDUCED_RELATIVE = re.compile(r"[ \t]+(?:that[ \t]+|which[ \t]+)?(?:[A-Z][\w'\-]+|it|they)[ \t]+"
                               r"(?:had[ \t]+)?(?:fired|launched|sent|used|deployed)\b")
_EARLIER_IN_PHRASE = re.compile(
    r"\b(?:on\s+\d{1,2}[/.]\d{1,2}|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"earlier|initially|previously|at\s+first|yesterday|in\s+the\s+morning|this\s+morning|"
    r"overnight(?!\s+(?:shift|train|bus|flight|ferry|service|stay)\b)|"  # not "the overnight shift"
    r"last\s+night)\b", re.IGNORECASE)
_WHO_TREAT_THEM_AFTER = re.compile(r"[ \t]+(?:specialists?|surgeons?|consultants?|doctors?|nurses?|"
                                   r"experts?|teams?|staff|units?|wards?|beds?)\b")
_OF_A_FAMILY_AFTER = re.compile(r"[ \t]+of[ \t]+(?:his|her|their|the|a|one|[A-Z][\w-]*['\u2019]s)[ \t]+"
                                r"(?:extended[ \t]+|same[ \t]+)?famil(?:y|ies)\b")
_HOSPITAL_NAMED = (r"(?:the[ \t]+)?(?:[A-Z][\w'.\u2019-]*[ \t]+){0,5}(?:Hospital|Infirmary|Clinic|"
                   r"Medical[ \t]+Cent(?:re|er)|[Hh]ealth[ \t]+[Cc]ent(?:re|er)|[Bb]urns?[ \t]+[Uu]nit|"
                   # "Chitwan Medical College", "the National Trauma Center"
                   r"Medical[ \t]+College|Trauma[ \t]+Cent(?:re|er))\b")
_TAKEN_VERBS = r"taken|rushed|admitted|brought|airlifted|flown|transferred|sent|evacuated"
TAKEN_TO_A_HOSPITAL_AFTER = re.compile(
    r"[ \t]+(?:(?:people|persons|patients|others|of[ \t]+them)[ \t]+)?"
    r"(?:(?:were|was|have[ \t]+been|had[ \t]+been)?[ \t]*(?P<verb>" + _TAKEN_VERBS + r")[ \t]+)?to[ \t]+"
    + _HOSPITAL_NAMED)
_TO_A_CARE_PLACE_ITEM = re.compile(
    r"[\w,-]+[ \t]+(?:(?:were|was)[ \t]+(?:" + _TAKEN_VERBS + r")[ \t]+)?to[ \t]+(?:the[ \t]+)?"
    r"(?P<place>(?:[A-Z][\w'.\u2019-]*[ \t]+){0,5}(?:Hospital|Infirmary|Clinic|Medical[ \t]+Cent(?:re|er)|"
    r"Health[ \t]+Cent(?:re|er)|Medical[ \t]+College|Trauma[ \t]+Cent(?:re|er))|health[ \t]+cent(?:re|er)|"
    # "one to the Bonassama district hospital"
    r"(?:[A-Z][\w'.\u2019-]*[ \t]+){1,4}(?:district|general|regional|teaching|referral)[ \t]+hospital)\b")
_TAKEN_BEFORE = re.compile(r"\b(?:" + _TAKEN_VERBS + r")[ \t]+to\b")
# "Of those nine, one man, Terrence Pope, 52, died at the hospital": the opening names a group, not the dead
_A_DEATH_TOLL_PART_OPENS = re.compile(r"[ \t]*(?:\d[\d,]*|[a-z]+)[ \t]+(?:(?:man|woman|inmate|patient|person)"
                                      r"[ \t]*,[^.;:]{1,60}?,[ \t]*)?(?:have[ \t]+|had[ \t]+)?"
                                      r"(?:died|was[ \t]+killed|were[ \t]+killed|"
                                      r"lost[ \t]+their[ \t]+lives)\b")
_OF_THE_PHRASE = re.compile(r"\s*[\"\u201c]?(?:Of|Among)\s+(?:the|those|these|all)\b[^,.;]{0,140},")


_ADJECTIVE_BEFORE_ONE = re.compile(r"\b(?:deadly|fatal|deadliest|worst|latest|biggest|largest|bloodiest|"
                                   r"serious|major|violent)[ \t]+$", re.IGNORECASE)
_PARENT_OF_BEFORE = re.compile(
    r"\b(?:father|mother|parent|grandfather|grandmother|grandparent)[ \t]+of[ \t]+$", re.IGNORECASE)
_LAUNCH_AS_A_NAME_AFTER = re.compile(r"[ \t]+(?:rocket|vehicle|site|pad|platform|system|tube|unit)s?\b",
                                     re.IGNORECASE)
_OUTCOME_PARTICIPLE_BEFORE = re.compile(r"\b(?:destroyed|shot\s+down|downed|intercepted|neutrali[sz]ed)\s+$",
                                        re.IGNORECASE)
_TOLL_SUBJECT_OPENING = re.compile(r"[ \t\"\u201c]*The[ \t]+(?:death[ \t]+toll|toll|number[ \t]+of[ \t]+"
                                   r"(?:dead|deaths|injured|wounded|missing))\b", re.IGNORECASE)
_GATHERING_OF_BEFORE = re.compile(r"\b(?:crowds?|throngs?|gatherings?|congregations?|audiences?|queues?|"
                                  r"mobs?|processions?|multitudes?)[ \t]+of[ \t]+"
                                  r"(?:some[ \t]+|an[ \t]+estimated[ \t]+)?$",
                                  re.IGNORECASE)
_EUPHEMISM_BEFORE = re.compile(r"\b(?:neutrali[sz]ed|eliminated|liquidated)\s+"
                               r"(?:some\s+|about\s+|at\s+least\s+)?"
                               r"[\"\u201c]?$", re.IGNORECASE)


_RESCUER_NOUNS = (r"(?:firefighters|firemen|rescuers|rescue\s+workers|soldiers|troops|divers|volunteers|"
                  r"lifeguards|paramedics|police\s+officers|officers|personnel|fishermen|boatmen|coastguards|coast\s+guards)")
_RESCUERS_AT_END = re.compile(rf"\b{_RESCUER_NOUNS}$", re.IGNORECASE)
# "he and two other boatmen pulled at least eight people out of the river"
_OTHER_RESCUERS_AFTER = re.compile(rf"[ \t]+(?:other|more)[ \t]+{_RESCUER_NOUNS}\b", re.IGNORECASE)
_EACH_IN_A_PLACE = re.compile(r"each[ \t]+in[ \t]+(?:the[ \t]+)?[A-Z]")
_A_FIGURE_JUST_BEFORE = re.compile(rf"(?:\d|\b(?:{SMALL_NUMBER_WORDS}))[ \t]+$", re.IGNORECASE)


# "Two deaths were wrongly attributed to cholera": the count of a correction, not of the dead
_WRONGLY_AFTER = re.compile(r"[^.;]{0,24}?\b(?:were|was|had[ \t]+been|have[ \t]+been)[ \t]+"
                            r"(?:wrongly|mistakenly|erroneously|incorrectly)\b")
# "nine of injuries consistent with blunt force trauma": a cause of death, the verb left out
_OF_A_CAUSE = re.compile(r"[\w,.]+[ \t]+(?:died[ \t]+)?(?:of|from)[ \t]+(?:(?:their|his|her)[ \t]+)?"
                         rf"(?:[a-z-]+[ \t]+)?(?:{'|'.join(sorted(_CAUSES_OF_DEATH))})\b")
_OF_A_SIZE_BEFORE = re.compile(r"\bof[ \t]+(?:about[ \t]+|around[ \t]+|some[ \t]+|up[ \t]+to[ \t]+)?$")
_EACH_AFTER = re.compile(r"(?:[ \t]+[a-z-]+)?[ \t]+each\b(?![ \t]+(?:of|in|from)\b)")
_DIED_OF_BEFORE = re.compile(r"\b(died|succumbed)[ \t]+(?:to|of|from)\b")


_RAISING_TO_BEFORE = re.compile(r"\b(?:rais|bring|push|tak|lift)(?:ing|ed|es|s|e)?[ \t]+to[ \t]+$|"
                                r"\b(?:brought|took)[ \t]+to[ \t]+$")
_THE_COUNT_AFTER = re.compile(r"[ \t]+the[ \t]+(?:[a-z]+[ \t]+)?(?:number|toll|tally|count)\b")


_BODY_GEAR_AFTER = re.compile(r"-|[ \t]+(?:cameras?|armou?r|scanners?|worn)\b")
_HURT_WORD_NEAR = re.compile(r"\b(?:injured|wounded|hurt)\b")
_HURT_THEN_DIED_AFTER = re.compile(
    r"(?:[ \t]+[a-z]+)?[ \t]+(?:who[ \t]+were[ \t]+)?(?:injured|wounded|hurt)[ \t]+(?:in|on|during|at)[ \t]+"
    r"[^.;,]{0,120}?[ \t](?:have[ \t]+|had[ \t]+|later[ \t]+|since[ \t]+)?(?P<died>died|succumbed)\b")
_TOOK_PART_AFTER = re.compile(r"(?:[ \t]+[a-z]+)?[ \t]+(?:have[ \t]+|had[ \t]+)?(?:took|take|taking)"
                              r"[ \t]+part\b")
_AT_THE_TIME_OF_OPENING = re.compile(
    r"[ \t\"\u201c]*At[ \t]+the[ \t]+time[ \t]+of[ \t]+the[ \t]+(?:[\w-]+[ \t]+)?"
    r"(?:fire|blaze|blast|explosion|attack|strike|collapse|crash|accident|incident|shooting|sinking|capsizing|"
    r"earthquake|quake)[ \t]*,[ \t]*"
    r"(?:(?:about|around|some|at[ \t]+least|nearly|more[ \t]+than)[ \t]+)?$", re.IGNORECASE)
_NOT_COUNTED_AMONG_AFTER = re.compile(
    r"[^.;]{0,80}?\b(?:does|do|did|is|are|was|were)[ \t]+not[ \t]+"
    r"(?:count(?:ed)?|includ(?:e|ed)|list(?:ed)?)[ \t]+(?:them[ \t]+)?(?:among|as|in)[ \t]+(?:the[ \t]+)?"
    r"(?:injured|wounded|dead|victims|casualties|toll)\b")
_TREATED_FOR_ILLNESS_AFTER = re.compile(
    r"(?:[ \t]+[a-z]+){0,2}[ \t]+for[ \t]+[^.;]{0,80}?\b(?:high[ \t]+blood[ \t]+pressure|hypertension|diarrh|"
    r"fevers?\b|dehydration|illness|diseases?\b|infections?\b|respiratory|skin[ \t]+conditions)")


_PUT_THE_TOLL_AT_BEFORE = re.compile(
    r"\b(?:put|puts|putting|placed|places|set|sets|fixed|fixes)[ \t]+the[ \t]+"
    r"(?P<toll>(?:death[ \t]+)?toll)\b"
    r"(?:(?!\b(?:and|number|injured|wounded)\b)[^.;]){0,90}?[ \t]at[ \t]+"
    r"(?:at[ \t]+least[ \t]+|about[ \t]+|around[ \t]+|some[ \t]+|nearly[ \t]+)?$",
    re.IGNORECASE)


_LIVES_AT_STAKE_BEFORE = re.compile(r"\b(?:with|risk(?:s|ed|ing)?|endanger(?:s|ed|ing)?|gambl\w*|"
                                    # "17 people are still fighting for their lives", "ran for their lives"
                                    r"(?:fight\w*|fought|battl\w*|struggl\w*|ran|run\w*|fle\w*|fear\w*)"
                                    r"[ \t]+for|"
                                    r"put(?:ting)?)[ \t]+"
                                    r"(?:[\w-]+['\u2019]s?[ \t]+|their[ \t]+|the[ \t]+|our[ \t]+)?$",
                                    re.IGNORECASE)
_WITH_INJURIES_AFTER = re.compile(r"[ \t]+with[ \t]+(?:(?:light|minor|slight|serious|severe|critical|"
                                  r"multiple|gunshot|stab|head)[ \t]+)?"
                                  r"(?P<hurt>injuries|wounds|burns|cuts|fractures|bruises)\b")


_STRIKES_ON_BEFORE = re.compile(
    r"\b(?:(?:air[ \t]+)?strikes?|raids?|attacks?|bombardments?|shelling)[ \t]+on[ \t]+"
    r"(?:what[ \t]+[a-z]+[ \t]+(?:said|says|called|described[ \t]+as)[ \t]+(?:were|was|are|as)[ \t]+)?"
    r"(?:(?:about|around|some|at[ \t]+least|more[ \t]+than)[ \t]+)?$|"
    r"\b(?:struck|hit|bombed|pounded|raided)[ \t]+"
    r"(?:(?:about|around|some|at[ \t]+least|more[ \t]+than)[ \t]+)?$",
    re.IGNORECASE)


def _category(text: str, clauses: _Clauses, a: int, b: int, group: str | None,
              m: _Matchers) -> tuple[str, tuple[int, int] | None]:
    """Category from the trigger word nearest the figure in its clause, and where it stands.

    "N noun were killed" (a predicate right after the figure) decides before any other word;
    a trigger inside the figure's own words counts too ("54 bodies", "13 deaths").
    """
    choice = m.choices.get(group or "none")
    if choice is None or text[a:a + 1] in ("-", "\u2212"):
        return "other", None  # "fell to -5 overnight": no count of anything is below zero
    if choice.plain:
        return choice.plain, None
    if group == "target" and _STRIKES_ON_BEFORE.search(text, max(0, a - 60), a):
        return "other", None  # "air strikes on what it said were 12 Hezbollah targets": struck, not launched
    if " of " in text[max(0, a - 4):a] and _A_PARENT_OF_BEFORE.search(text, max(0, a - 20), a):
        return "other", None  # "the Moroccan driver, a 52-year-old father of three": his children
    if _A_MEASURE_SHARED_AFTER.match(text, b):
        return "other", None  # "body temperatures of 106, 107 degrees": the next figure's unit is its own
    clause = clauses.around(a, b)
    if b < clauses.opening_end and _A_DEATH_TOLL_PART_OPENS.match(text, clauses.opening_end) and not (
            m.triggers.search(text, b, clauses.opening_end)):
        return "other", None  # "Of these 40 persons, 5 died, 21 were injured and 10 are safe": a group
    after = text[b:b + 40]
    if group is None and " with " in after[:6] and (hurt := _WITH_INJURIES_AFTER.match(text, b)):
        return "injured", hurt.span("hurt")  # "left one seafarer dead and three with light burns and cuts"
    if group in (None, "person") and " at " in text[max(0, a - 24):a] and (
            put := _PUT_THE_TOLL_AT_BEFORE.search(text, max(clause[0], a - 130), a)):
        # "put the death toll from Saturday's stampede at a recruitment screening in Makurdi at 14, with
        # 38 others injured": the toll, however far its word
        return "killed", put.span("toll")
    if ("leaves" in text[max(0, a - 24):a] or "all but" in text[max(0, a - 10):a]) and (
            _WHAT_IS_LEFT_BEFORE.search(text, max(0, a - 24), a)):  # not the clause: it breaks at "but"
        return "other", None  # "That leaves roughly 90 missiles that were not stopped", "all but 11 of
        # the drones were brought down": those the verb after did not befall
    if group in (None, "person") and "hospital" in after and _IN_HOSPITAL_AFTER.match(text, b) and (
            _A_LIST_OF_THE_DEAD_OPENS_BEFORE.search(text, max(clause[0], a - 120), a)):
        return "killed", None  # "15 people have died: 13 at the scene and two in hospital": where they died
    if group in (None, "person") and "bodies" in text[max(0, a - 20):b + 12] and (
            _BODIES_HANDED_OVER_AFTER.match(text, b) or _RECEIVED_THE_BODIES_BEFORE.search(
                text, max(clause[0], a - 50), a)):
        return "other", None  # "the bodies of 1,000 fallen servicemen ... were handed over to the Ukrainian
        # side", "The Russian side received the bodies of 19 servicemen": repatriated, no toll of an event
    if group in (None, "person") and (" in" in after or " on " in after) and (
            _INSIDE_WHEN_IT_FELL_AFTER.match(text, b)):
        return "other", None  # "42 people were in the building when it collapsed: 13 died, ...": everyone
    if "lives" in text[a:b + 8] and _SAVED_BEFORE.search(text, max(0, a - 24), a):
        return "other", None  # "The early evacuation saved thousands of lives": no one died
    if group in (None, "person") and " who " in text[b:b + 8] and (
            freed := _ONCE_TRAPPED_NOW_RESCUED_AFTER.match(text, b)):
        # "Four miners who were trapped underground after a mud rush ... have been rescued alive"
        return "rescued", freed.span("verb")
    if group in (None, "person") and (
            " by " in text[max(0, a - 16):a] or "ing " in text[max(0, a - 24):a]) and (
            _BY_A_TEAM_BEFORE.search(text, max(0, a - 24), a)) and _RESPONDERS.search(text, a, b + 20):
        return "other", None  # "after 34 hours of work by more than 60 rescuers": who did the work
    if group in (None, "person") and _WHO_TREAT_THEM_AFTER.match(text, b):
        return "other", None  # "a team of four burns specialists": those who treat the injured
    if ("wrong" in after or "mistak" in after or "rroneous" in after or "ncorrect" in after) and (
            _WRONGLY_AFTER.match(text, b)):
        return "other", None  # "Two deaths were wrongly attributed to cholera"
    if group in (None, "person") and _HURT_WORD_NEAR.search(text, b, b + 40) and (
            not text[max(0, a - 8):a].endswith(("of the ", "of "))) and (
            hurt_then_died := _HURT_THEN_DIED_AFTER.match(text, b)):
        # "Two passengers injured in Saturday's bus crash died overnight": they died
        return "killed", hurt_then_died.span("died")
    if group in (None, "person") and "treat" in text[max(0, a - 40):a] and ":" in text[b:b + 70] and (
            _THE_INJURED_AMONG_THEM_AFTER.match(text, b)):
        return "other", None  # "had treated 12 passengers since Saturday: the nine injured ... and three
        # treated for hypothermia": patients, of whom the injured are some
    if group in (None, "person") and text.find("time of the", clauses.start, a) >= 0 and (
            _AT_THE_TIME_OF_OPENING.match(text, clauses.start, a)):
        return "other", None  # "At the time of the fire, 17 patients were admitted to the ward": all there
    if group in (None, "person") and " not " in text[b:b + 120] and _NOT_COUNTED_AMONG_AFTER.match(text, b):
        return "other", None  # "4 residents treated for ..., whom the administration does not count among
        # the injured": people the sentence says are not of the count
    if group in (None, "person") and " for " in text[b:b + 30] and _TREATED_FOR_ILLNESS_AFTER.match(text, b):
        return "other", None  # "treated 318 people for wounds, fractures and high blood pressure": patients
    if group == "drone" and ("naval" in text[a:b] or "sea" in text[a:b] or "maritime" in text[a:b]) and (
            _NAVAL_DRONES.search(text, a, b)):
        return "other", None  # "up to 20 naval drones" destroyed in a port: boats, not the air war's drones
    if group == "drone" and "tactical" in text[a:b] and _TACTICAL_DRONES.search(text, a, b):
        return "other", None  # "1,893 operational-tactical drones": an army's tally of enemy losses
    if group in (None, "person") and "missing" in text[b:b + 40] and _LISTED_MISSING_FOUND_ALIVE_AFTER.match(
            text, b):
        return "other", None
    if group in (None, "person") and "missing" in text[b:b + 60] and _ONCE_MISSING_AFTER.match(text, b) and (
            _REACHED_BEFORE.search(text, max(clause[0], a - 50), a)):
        return "other", None  # "We have been able to reach three residents who were considered missing"
    if group in (None, "person") and "missing" in text[b:b + 40] and (
            found_alive := _ONCE_MISSING_FOUND_ALIVE_AFTER.match(text, b)):
        if found_alive.group("state").lower() != "alive":
            return "other", None  # "three people reported missing had been found safe at relatives' homes"
        # "two people reported missing were later found alive under the rubble": found, no longer missing
        return "rescued", found_alive.span("found" if found_alive.group("found") else "turned")
    if group in (None, "person") and "board" in text[b:b + 40] and (
            harmed := _ON_BOARD_THEN_HARMED_AFTER.match(text, b)):
        # "Two riders were killed and 19 others on board injured": those on board who were hurt
        harm = harmed.group("harm").lower()
        return ("killed" if harm in ("killed", "dead") else "injured"), harmed.span("harm")
    if group in (None, "person") and (found := _FOUND_SAFE_AFTER.match(text, b)):
        if found.group("state").lower() == "alive":
            return "rescued", found.span("found")  # "4 were found dead, 3 have been found alive": saved
        return "other", None  # "ten were found dead and three were found safe": neither dead nor saved
    if group in (None, "person") and " part" in text[b:b + 24] and _TOOK_PART_AFTER.match(text, b):
        return "other", None  # "Thousands of people took part in the funerals of the civilians killed"
    if group in (None, "person") and _MOVED_ELSEWHERE_AFTER.match(text, b):
        return "other", None  # "17 died, 58 were taken to hospitals and 51 were moved to a shelter"
    if group in (None, "person") and " to " in text[b:b + 40] and (
            taken := TAKEN_TO_A_HOSPITAL_AFTER.match(text, b)) and (
            taken.group("verb") or _TAKEN_BEFORE.search(text, max(clauses.start, a - 260), a)):
        # "Thirty-one were taken to Lamia General Hospital, 14 to Larissa University Hospital"; a list
        # of four hospitals runs long
        return "injured", taken.span("verb") if taken.group("verb") else None
    if "each" in text[b:b + 24] and _EACH_AFTER.match(text, b) and (
            _OF_A_SIZE_BEFORE.search(text, max(0, a - 16), a)):
        return "other", None  # "its two teams, of about 35 personnel each": the size of each, not a toll
    if text[a:b].lower() == "one" and _ADJECTIVE_BEFORE_ONE.search(text, max(clause[0], a - 16), a):
        return "other", None  # "the first deadly one in the area": a clash, a pronoun
    if " of" in text[max(clause[0], a - 4):a] and _PARENT_OF_BEFORE.search(text, max(clause[0], a - 24), a):
        return "other", None  # "a 47-year-old father of three, was shot dead": his children
    if " of" in text[max(clause[0], a - 4):a] and _GATHERING_OF_BEFORE.search(
            text, max(clause[0], a - 30), a):
        return "other", None  # "died ... when a crowd of about 3,000 pushed through the gate": its size
    if group == "person" and _EUPHEMISM_BEFORE.search(text, max(clause[0], a - 24), a):
        return "other", None  # "had neutralised 41 terrorists": the army's claim, no count of the harmed
    if group in WEAPON_GROUPS and clause[0] > clauses.start and _DASH_LIST_OPENS.search(
            text, max(clauses.start, clause[0] - 24), clause[0]):
        # "shot down 417 of them - 389 drones and 19 missiles -": the list takes the verb before it
        clause = (clauses.around(clause[0] - 4, clause[0] - 3)[0], clause[1])
    if group is None and clause[0] > clauses.start and (
            _IN_A_PLACE_AFTER.match(text, b)
            or ("(" in text[max(clause[0], a - 3):a]
                and _PLACE_BEFORE_BRACKET.search(text, max(clause[0], a - 40), a))
    ) and _A_FIGURE_THEN_A_DASH.search(text, max(clauses.start, clause[0] - 100), clause[0]):
        # "have killed 17 people across four districts - seven in Mandi, five in Kullu ... -": place by
        # place, the dead the clause before the dash counts; so "44 deaths ... from three districts -
        # Ballia (19), Deoria (15) and Azamgarh (12) -"
        clause = (clauses.around(clause[0] - 4, clause[0] - 3)[0], clause[1])
    if group in WEAPON_GROUPS and clause[0] > clauses.start:
        clause = clauses.across_an_aside(text, clause)
    if group in (None, "person") and clause[1] < clauses.end and " times" not in text[clause[0]:a]:
        # not "struck 11 times - seven times in ..., and two in Balochistan - killing 47": attacks, not people
        clause = clauses.through_a_dash_aside(text, clause, m.triggers)
    left, right = _inside_brackets(text, *clause, a, b)
    if " to " in text[max(left, a - 12):a] and _RAISING_TO_BEFORE.search(text, max(left, a - 24), a) and (
            _THE_COUNT_AFTER.match(text, b, right)):
        left = b  # "raising to nine the number of people killed": the words after say what nine counts
    bracket = _BRACKET_AFTER.match(text, b, right)
    if bracket:  # "rescued alive from debris: 15 (13 injured, 2 unhurt)": the words inside are the items'
        right = bracket.end() - 1
    line_end = text.find("\n", b, right)
    if line_end >= 0:  # "Missing: 21\nInjured: 64": a line's figure takes no word of the next line
        right = line_end
    line_start = text.rfind("\n", left, a)
    if line_start >= 0:
        left = line_start + 1
    if "|" in text[left:right]:  # "Dead: 14 (+3) | Injured: 37 (+9)": each cell its own label
        cell_start, cell_end = text.rfind("|", left, a), text.find("|", b, right)
        left = cell_start + 1 if cell_start >= 0 else left
        right = cell_end if cell_end >= 0 else right
    cause = _OF_A_CAUSE.match(text, a, right) if group in (None, "none") else None
    if cause and cause.end() >= b:
        died = _DIED_OF_BEFORE.search(text, left, a)
        if died:  # "22 persons died of gunshot wounds and nine of injuries": the nine died too
            return "killed", died.span(1)
    best: tuple[int, int, str, tuple[int, int]] | None = None
    own: tuple[int, int, str, tuple[int, int]] | None = None
    apposition = _APPOSITION_AFTER.match(text, b, right)
    of_the_people = _OF_THE_PEOPLE.match(text, b, right) or (
        _WHO_CLAUSE_AFTER.match(text, b, right) if " of the " in text[a:b] else None)
    of_them = _OF_THEM_ONLY.match(text, b, right) or of_the_people
    predicate = _PREDICATE.match(text, apposition.end() if apposition else of_them.end() if of_them else b,
                                 right)
    relative = _REDUCED_RELATIVE.match(text, b, right)  # "the nine missiles Russia fired were destroyed"
    predicate_after = _PREDICATE.match(text, relative.end(), right) if relative else None
    if predicate_after is None and text.startswith(" ", b) and (
            phrase := _A_PARTICIPLE_PHRASE_THEN_A_PREDICATE.match(text, b, right)):
        predicate_after = phrase  # "Two miners trapped by Wednesday's gas explosion ... have been brought out
        # alive": what befell them after, not what trapped them
    if predicate_after is None and "," in text[max(left, a - 70):a] and _INSIDE_AN_APPOSITION_BEFORE.search(
            text, max(left, a - 90), a):
        predicate_after = _AN_APPOSITION_CLOSES_THEN_A_PREDICATE.match(text, b, right)
    # "two patients who had been transferred ... in critical condition died at the hospitals": the verb
    # after the clause is the figure's own
    who_then = _WHO_CLAUSE_THEN_A_DEATH.match(text, b, right) if text.startswith(" who ", b) else None
    reach = _MAX_TRIGGER_DISTANCE
    of_whom = _OF_THE_HARMED.match(text, b, right)
    own_verb = _OWN_VERB_AFTER.match(text, b, right)
    updated = _updates_before(text, max(left, a - 130), a)
    if updated and not _HARM_WORD_AFTER.match(text, b) and not _HARM_NOUN_OWN.search(text, a, b):
        # "the latest count stood at 32 dead": dead; "the government's figure stood at 6 deaths": deaths
        right = a  # only the subject before "rose to N" says what N counts
        reach = 2 * _MAX_TRIGGER_DISTANCE
        if (subject := _TOLL_SUBJECT_OPENING.match(text, clauses.start, a)) and not (
                left > subject.end() and m.triggers.search(text, left, a)):
            # (not "..., and the number of injured has climbed to 29": the clause's own subject)
            # "The death toll from the crash of a passenger jet during take-off from the ... city of
            # Juliaca ... rose to 15": the subject opening the sentence says, however long it runs
            left, right, reach = clauses.start, subject.end(), a - clauses.start
    # "67 of the 83 people who were underground ... have come out alive": the verb after the whole's
    # clause is the part's
    whole_s_clause = _WHO_CLAUSE_AFTER.match(text, b, right) if " of " in text[max(0, a - 12):a] and (
        _A_FIGURE_OF_THE_BEFORE.search(text, max(0, a - 16), a)) else None
    their_dead = -2
    besides = _BESIDES_OPENING.match(text, clauses.start) if text.find("esides", clauses.start, a) >= 0 or (
        text.find("part from", clauses.start, a) >= 0) else None
    from_the_whole = _FROM_THE_WHOLE_BEFORE.search(text, max(left, a - 14), a)
    if from_the_whole and _A_FIGURE_JUST_BEFORE.search(text, max(left, from_the_whole.start() - 24),
                                                       from_the_whole.start() + 1):
        from_the_whole = None  # "bringing the toll to 73 from the 51 announced on Friday": an earlier count
    for hit in m.triggers.finditer(text, left, right):
        if whole_s_clause is not None and hit.start() >= whole_s_clause.end():
            continue
        ranked = choice.by_trigger.get(" ".join(hit.group().lower().split()))
        if ranked is None or (hit.group()[:4].lower() == "kill" and _KILL_IDIOM.match(text, hit.end())) or (
                text.startswith("-free", hit.end())) or (
                hit.group()[:4].lower() == "body" and _BODY_GEAR_AFTER.match(text, hit.end())):
            continue  # "killed off the idea", "killing time", a "toll-free line", "body-camera footage"
        if of_the_people is not None and (b <= hit.start() < of_the_people.end() or (
                ranked[1] == "abducted" and not text[of_the_people.end():hit.start()].strip())):
            continue  # "7 of the 18 people on board died", "Six of the 26 workers seized": the 18's, the 26's
        if hit.end() <= a and own_verb and _ITEM_BREAK.search(text, hit.end(), a) and (
                _ITEM_VERB_BEFORE.search(text, max(left, hit.start() - 24), hit.start())):
            continue  # "1 has died, 22 have left hospital": "died" is the item before's
        if hit.end() <= a and own_verb and _A_CLAUSE_OPENS_BETWEEN.search(text, hit.end(), a):
            continue  # "the four fans killed ... why thousands were left waiting": a clause of its own
        if hit.group()[-3:].lower() == " of" and _A_NAME_AFTER.match(text, hit.end()) and (
                hit.group().lower() in ("city of", "town of", "nation of", "country of", "metropolis of")):
            continue  # "the northern city of Chiang Mai rose to eight": a name, not "a city of 2 million"
        if hit.group()[:1].isupper() and _PART_OF_A_NAME_AFTER.match(text, hit.end()):
            continue  # "15 at Al-Aqsa Martyrs Hospital", "the Al-Aqsa Martyrs' Brigades": a name
        if hit.end() <= a and from_the_whole is not None:
            continue  # "six dead and four missing from the 49 people ... boarded": the whole they are of
        if hit.group()[-10:].lower() == "release of" and _NO_RELEASE_BEFORE.search(
                text, max(left, hit.start() - 40), hit.end()):
            continue  # "a press release of the ministry", "demanding the release of 40 of its fighters"
        if hit.group().lower() == "members" and _OF_A_FAMILY_AFTER.match(text, hit.end()):
            continue  # "killed seven members of Bazzi's extended family": people, not a membership
        if hit.group().lower() == "launch" and _LAUNCH_AS_A_NAME_AFTER.match(text, hit.end()):
            continue  # "HIMARS multiple launch rocket system projectiles": a weapon's name, no launch
        if hit.end() <= a and hit.group().lower() in ("included", "include", "includes") and (
                _OUTCOME_PARTICIPLE_BEFORE.search(text, max(left, hit.start() - 20), hit.start())):
            continue  # "The threats destroyed included nine one-way attack UAVs": destroyed, not launched
        if hit.group().lower() == "lives" and _LIVES_AT_STAKE_BEFORE.search(text, max(left, hit.start() - 40),
                                                                             hit.start()):
            continue  # "a gamble with children's lives", "risking their lives": no one died
        if hit.end() <= a and hit.group().lower().startswith(("families", "relatives")) and (
                _WHO_WERE_ON_BOARD.match(text, b, right)):
            continue  # "the families of the 6 Australians who were on board": everyone aboard, not the dead
        if a <= hit.start() < b or (of_whom is not None and hit.start() == of_whom.start(1)):
            distance = 0  # "13 deaths"; "130 of the injured"
        elif (predicate and hit.start() == predicate.end()) or (
                predicate_after and hit.start() == predicate_after.end()) or (
                who_then and hit.start() in (who_then.start("verb"), who_then.start("aux"))):
            # "63 people stranded on rooftops" alone; but "rescued 63 people stranded": rescued
            distance = 2 if hit.group().lower() in _POSTMODIFIERS else -1
        else:
            distance = a - hit.end() if hit.end() <= a else hit.start() - b
        if hit.end() <= a and besides is not None and besides.start() <= hit.start() < besides.end():
            continue  # "Besides the dead, 641 people were seriously injured": what the 641 are not
        if hit.start() > a and hit.group().lower().startswith(_OF_THE_DEAD_WORDS):
            their_dead = hit.end()  # "64 people, including relatives of the dead": the dead are others
            continue
        if hit.start() in (their_dead, their_dead + 1):
            continue
        if hit.start() > b and " of " in text[max(b, hit.start() - 60):hit.start()] and (
                _RELATIVES_OF_THOSE_WHO_BEFORE.search(text, max(b, hit.start() - 60), hit.start())):
            continue  # "first aid to 140 people, including ... the relatives of those who died": others
        if distance > reach or (hit.start() >= b and hit.group().lower() in _LIST_WORDS):
            continue  # "5 over Moscow, including 3 ...": "including" tells what the 3 count
        if hit.start() >= b and ranked[1] == "rescued" and (
                _RESCUERS_AT_END.search(text, a, b) or _OTHER_RESCUERS_AFTER.match(text, b)):
            continue  # "his 22 firefighters had pulled 14 people alive": those who did the rescuing
        if hit.start() > b and text[max(b, hit.start() - 13):hit.start()].lower().endswith(
                ("after being ", "before being ")) and _HARM_WORD.search(text, left, a):
            continue  # "Sixteen died at the scene and 3 after being taken to hospital": where the 3 died
        if updated and ranked[1] == "other" and hit.group().lower() in ("aboard", "on board"):
            continue  # "The death toll from the explosion aboard a bus has risen to six": the toll's
        if hit.group().lower() == "each" and (_EACH_IN_A_PLACE.match(text, hit.start()) or (
                hit.start() > b + 1 and _A_FIGURE_JUST_BEFORE.search(text, b + 1, hit.start()))):
            continue  # "2 in Patuakhali and 1 each in Barguna and Bhola": one in each place, no rate
        if hit.start() >= b and (_SOME_OF_THEM_AFTER.match(text, hit.end()) or (
                " of them" in text[b:hit.start()] and _A_FIGURE_AFTER.match(text, hit.end())
                and N_OF_THEM.search(text, b, hit.start()))):
            continue  # "a convoy of 20 officers, killing 13 of them and wounding nine": the 13's, the nine's
        if hit.start() > b and text.endswith(" the ", 0, hit.start()) and hit.group().lower() in (
                "missing", "dead", "injured", "wounded") and not text.endswith(
                    (" of the ", " among the "), 0, hit.start()):
            continue  # "About 250 police officers and firefighters are searching for the missing": others
        if (hit.start() > b and text.find(" and that ", b, hit.start()) >= 0) or (
                hit.end() <= a and text.find(" and that ", hit.end(), a) >= 0):
            continue  # "that about 150 people had left ... and that people began to die": another clause's
        if hit.start() > b and ":" in text[b:hit.start()] and _A_FIGURE_AFTER_A_COLON.search(
                text, b, hit.start()):
            continue  # "57 people were on the bus: 36 died, 18 survived": the items' verbs, not the whole's
        if hit.start() > b and ranked[1] in _LAUNCH_CATEGORIES and ", including " in text[b:hit.start()] and (
                apposition is None or hit.start() < apposition.end()):
            continue  # "hit more than 60 targets overnight, including launch sites used in": the sites'
        if hit.start() > b and ", after " in text[b:hit.start()]:
            continue  # "one in Ofakim, after another of the seriously wounded died": the after-clause's
        if hit.start() > b + 1 and ranked[1] == "other" and hit.group()[:3].lower() != "per" and (
                _A_FIGURE_JUST_BEFORE.search(
                    text, max(b + 1, hit.start() - 24), hit.start())):
            continue  # "the dead included 96 civilians and 41 members of ...": the members are the 41
        if hit.start() > b + 1 and ranked[1] != "other" and _A_JOIN.search(text, b, hit.start()) and (
                _A_FIGURE_JUST_BEFORE.search(text, max(b + 1, hit.start() - 24), hit.start())):
            # "Twenty-two seafarers were taken off ..., among them the five injured", "White Nile state 18
            # cases with one death": the word is the later figure's
            continue
        if hit.start() > b + 1 and " of the " in text[hit.start() - 8:hit.start()] and (
                _A_FIGURE_BEFORE_IN.search(text, b + 1, hit.start())):
            continue  # "2,455 of them and 21 of the deaths": the deaths are the 21's
        if hit.start() > b and hit.group().split()[0].lower().endswith("ing") and (
                "," in text[b:hit.start()]) and (
                _A_FIGURE_AFTER.match(text, hit.end())):
            continue  # "to clear thousands of protesters ..., detaining 38 people": the 38's
        if hit.start() >= b and _PEOPLE_NOUN_AFTER.match(text, hit.end()) and _THE_JUST_BEFORE.search(
                text, max(left, hit.start() - 5), hit.start()):
            continue  # "100 rescuers were working to reach the trapped men": the men are trapped
        if hit.start() > b and " of which" in text[b:hit.start()] and _OF_WHICH_N_BETWEEN.search(
                text, b, hit.start()):
            continue  # "fired 185 drones and 25 missiles, of which 176 were shot down": the 176's verb; so
            # in "60 rockets were fired ..., along with four drones, three of which were shot down"
        if hit.start() >= b and ranked[1] in _LAUNCH_CATEGORIES and _LAUNCHED_BY.match(text, hit.end()):
            distance += reach  # "destroyed four drones launched by the Houthis": destroyed, first

        if distance == 0 and ranked[1] == "other" and (_HARMED_PREDICATE_AFTER.match(text, hit.end()) or (
                _HARMING_VERB_BEFORE.search(text, max(0, a - 40), a))):
            continue  # "34 gang members were killed", "killed 12 gang members": not a membership
        key = (distance, ranked[0], ranked[1], (hit.start(), hit.end()))
        if distance == 0 and ranked[1] in _HARM:
            own = key  # "19 seriously injured persons"
        if best is None or key[:2] < best[:2]:
            best = key
    if best is not None and best[0] < 0 and own is not None and best[2] not in _HARM and (
            text[best[3][0]:best[3][1]].lower() not in _SAVED):
        return own[2], own[3]  # "19 seriously injured persons have been airlifted": injured
    if best is not None:
        return best[2], best[3]
    heading = _BY_AREA_HEADING.match(text, clauses.start, a)
    if heading:  # "Downed drones by district: Dnipro district – 9": the heading's verb
        for hit in m.triggers.finditer(text, heading.start("h"), heading.end("h")):
            ranked = choice.by_trigger.get(" ".join(hit.group().lower().split()))
            if ranked is not None:
                return ranked[1], hit.span()
    label = _LINE_LABEL.match(text, clauses.start, a) if (left, right) == clause else None
    if label:  # "* Intercepted: the missile, by an Arrow 3, and one drone": a factbox line
        ranked = choice.by_trigger.get(" ".join(label.group("label").lower().split()))
        if ranked is not None:
            return ranked[1], label.span("label")
    return choice.fallback, None


# "- Animals rescued: 418": a factbox line that counts no people
_ANIMALS_LABEL_BEFORE = re.compile(r"(?:^|\n)[ \t]*[-*\u2022]?[ \t]*(?:animals?|livestock|cattle|pets|dogs|"
                                   r"horses)[ \t]+[a-z]+[ \t]*:[ \t]*$", re.IGNORECASE)
_A_FIGURE_AFTER_A_COLON = re.compile(r":[^:]*?(?:\d|\b(?i:one|two|three|four|five|six|seven|eight|nine|ten|"
                                     r"eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty)\b)")
_A_JOIN = re.compile(r", | with | and ")  # between a figure and a word that is another figure's
_LABEL_AFTER_A_BREAK = re.compile(r"[ \t]*[;,][ \t]*[A-Za-z][A-Za-z ]{1,30}:[ \t]*")
_HARMED_PREDICATE_AFTER = re.compile(r"[ \t]+(?:were|was|have[ \t]+been|had[ \t]+been)[ \t]+"
                                     r"(?:shot[ \t]+dead|killed|wounded|injured|hurt)\b")
_HARMING_VERB_BEFORE = re.compile(
    r"\b(?:killed|killing|wounded|wounding|injured|injuring|shot[ \t]+dead)"
    r"[ \t]+(?:at[ \t]+least[ \t]+|more[ \t]+than[ \t]+|some[ \t]+|about[ \t]+)?$")
_OF_WHICH_N_BETWEEN = re.compile(rf",[ \t]+(?:of[ \t]+which[ \t]+(?:\d|(?i:{SMALL_NUMBER_WORDS})\b)|"
                                 rf"(?:\d[\d,]*|(?i:{SMALL_NUMBER_WORDS}))[ \t]+of[ \t]+which\b)")
# "22 have left hospital", "9 were discharged": an item of a list with a verb of its own
_OWN_VERB_AFTER = re.compile(r"[ \t]+(?:have|has|had|were|was|are|is)[ \t]+"
                             r"(?:been[ \t]+|since[ \t]+|now[ \t]+)?(?:left|[a-z]+ed)\b")
_ITEM_VERB_BEFORE = re.compile(r"\d[ \t]+(?:has|have|had|were|was|is|are)[ \t]+(?:been[ \t]+|since[ \t]+)?$")
_SOME_OF_THEM_AFTER = re.compile(r"[ \t]+(?:at[ \t]+least[ \t]+)?" + N_OF_THEM.pattern, re.IGNORECASE)
_A_FIGURE_AFTER = re.compile(rf"[ \t]+(?:at[ \t]+least[ \t]+|another[ \t]+)?"
                             rf"(?:\d|(?:{SMALL_NUMBER_WORDS})\b)", re.IGNORECASE)
_WHO_WERE_ON_BOARD = re.compile(r"(?:[ \t]+[A-Za-z-]+){0,2}?[ \t]+(?:who|that)[ \t]+(?:were|was)[ \t]+"
                                r"(?:on[ \t]+board|aboard|travelling|traveling|passengers)\b")
_BY_AREA_HEADING = re.compile(r"[ \t]*(?P<h>[^:\n]{3,60}?)[ \t]+(?:by[ \t]+[a-z]+|[A-Za-z]+-wise)[ \t]*:")
_PEOPLE_NOUN_AFTER = re.compile(r"[ \t]+(?:men|women|people|miners|workers|passengers|residents|children|"
                                r"victims|villagers|students|soldiers|civilians|pilgrims|migrants|"
                                # "the search for the missing man": the one they look for
                                r"man|woman|boy|girl|child|person|fisherman|fishermen|swimmer|swimmers|hiker|"
                                r"hikers|climber|climbers|tourist|tourists|paddler|worker|miner|student)\b")
_THE_JUST_BEFORE = re.compile(r"\bthe[ \t]+$", re.IGNORECASE)
_BRACKET_AFTER = re.compile(r"[ \t]*\((?![ \t]*[\d,.]+[ \t]*\))(?=[^()]*\d)")  # not "seventeen (17)"
# a factbox or list line that names what its figures count: "* Injured: 17", "Dead: 12"
_LINE_LABEL = re.compile(r"[ \t]*(?:[*\u2022\u25aa\u25e6\u2023\u2013\u2014-]\ufe0f?[ \t]*)?"
                         r"(?P<label>[A-Za-z][A-Za-z ]{1,30}?)[ \t]*:")


_PLACE_NAME_BEFORE_BRACKET = re.compile(r"(?:^|[\s,])[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+)*[ \t]*$")


def _inside_brackets(text: str, left: int, right: int, a: int, b: int) -> tuple[int, int]:
    """A figure inside brackets ("4 dead (3 in Zambales, 2 in Bataan), 2 injured") reads only
    the words inside them."""
    opening = text.rfind("(", left, a)
    if opening == -1 or text.find(")", opening, a) != -1:
        return left, right
    closing = text.find(")", b, right)
    if closing != -1 and not text[opening + 1:a].strip() and not text[b:closing].strip() and (
            _PLACE_NAME_BEFORE_BRACKET.search(text, max(left, opening - 40), opening)):
        return left, right  # "recorded in the provinces of Caylloma (9), Castilla (5)": a place's own figure
    return (opening + 1, closing) if closing != -1 else (left, right)


def _updates_before(text: str, start: int, end: int) -> bool:
    """_UPDATE_BEFORE in text[start:end]; a regex anchored at the end is tried at every
    position, so a window that does not end with one of its last words is let go first
    (an ASCII one only: under IGNORECASE "\u017f" matches "s")."""
    window = text[start:end].rstrip()
    if window.isascii() and not window.lower().endswith(_UPDATE_TAILS):
        return False
    return bool(_UPDATE_BEFORE.search(text, start, end))


# "If that is correct, well over 100 ...", "If confirmed, the toll would ...": the sentence supposes
_IF_SO_OPENING = re.compile(
    r"(?:^|[.!?][ \t]+|\n)If[ \t]+(?:so|true|confirmed|correct|accurate|(?:that|this)[ \t]+(?:is|was|were|"
    r"proves?)[ \t]+(?:correct|true|accurate|right|the[ \t]+case)|(?:the|those|these|their|its)[ \t]+"
    r"(?:figures?|numbers?|estimates?|accounts?|counts?|reports?)[ \t]+(?:is|are|prove)[ \t]+"
    r"(?:correct|accurate|right|true))[ \t]*,[^.;!?]*$")


def _negated(text: str, clause_start: int, trigger: tuple[int, int] | None, a: int) -> bool:
    """'did not kill', 'could kill 5,000', 'denied that 40 were killed': not a claim of fact.

    A negation counts right before the figure or right before its verb, not anywhere in the
    clause ("two children, with no underlying conditions, have died" is a fact).
    """
    def near(end: int, reach: int) -> bool:
        start = max(clause_start, end - reach)
        comma = text.rfind(",", start, end)
        return bool(_NEGATION.search(text, comma + 1 if comma >= 0 else start, end))

    window = text[max(clause_start, a - 120):a]
    if "If" in text[max(0, a - 160):a] and _IF_SO_OPENING.search(text, max(0, a - 160), a):
        return True  # "If that is correct, well over 100 people are still unaccounted for": a supposition
    return near(a, 24) or (trigger is not None and near(trigger[0], 24)) or bool(
        ("claim" in window or "report" in window or "rumo" in window) and _A_REJECTED_CLAIM_BEFORE.search(
            text, max(clause_start, a - 120), a)) or bool(
        "will" in text[clause_start:a] and _WILL_ATTEMPT.search(text, clause_start, a)) or bool(
        "can" in text[max(clause_start, a - 60):a] and _A_CAPABILITY_BEFORE.search(
            text, max(clause_start, a - 60), a))


def _judged_false(text: str, sentence_start: int, a: int, b: int) -> bool:
    """"initial reports circulated on social media, which put the number of dead at over 30, were
    inaccurate": a figure of reports the sentence goes on to call false is no claim of fact."""
    return bool(_REPORTS_BEFORE.search(text, max(sentence_start, a - 120), a)
                and (_JUDGED_FALSE_AFTER.match(text, b) or (
                    _NOT_CONFIRMED_NEXT.match(text, b) and _HEARSAY_BEFORE.search(text, sentence_start, a))))


# "Some Slovak outlets are reporting six deaths ... Police have not confirmed that figure": no fact, told as
# one only by those reports (a named source's claim the police have not confirmed is a side's figure)
_HEARSAY_BEFORE = re.compile(r"\b(?:outlets|media|reports|reporting|rumou?rs?|posts)\b", re.IGNORECASE)
_NOT_CONFIRMED_NEXT = re.compile(
    r"[^.;]{0,100}[.;][ \t]+[^.;]{0,60}?\b"
    r"(?:(?:have|has|had)[ \t]+not[ \t]+(?:yet[ \t]+)?(?:confirmed|verified)|"
    r"could[ \t]+not[ \t]+(?:yet[ \t]+)?(?:confirm|verify))[ \t]+(?:that|this|the|those|these)[ \t]+"
    r"(?:figures?|numbers?|tolls?|counts?|reports?|claims?)\b", re.IGNORECASE)


_JUDGED_FALSE_AFTER = re.compile(
    r"[^.;]{0,60}?\b(?:were|was|are|is|have[ \t]+been|has[ \t]+been)[ \t]+(?:(?:completely|entirely|totally|"
    r"wholly|also|simply)[ \t]+)?(?:inaccurate|false|untrue|incorrect|wrong|baseless|unfounded|fake|"
    r"misleading|exaggerated)\b", re.IGNORECASE)
# (checked first, and only where one of its words stands: it runs for every figure)
_REPORTS_BEFORE = Contains(re.compile(r"\b(?:reports?|reporting|claims?|rumou?rs?|posts?|messages?|videos?)\b"
                                      r"[^.;]{0,100}$", re.IGNORECASE),
                           ("report", "claim", "rumo", "post", "message", "video"))


# "Mwinyi also rejected as "pure propaganda" Al-Shabaab's claim that more than 20 soldiers were killed":
# a claim the text reports only to reject
# "The Command wishes to debunk reports circulating on social media that over 30 persons died"
_A_REJECTED_CLAIM_BEFORE = re.compile(
    r"\b(?:rejected|dismissed|denied|refuted|debunked|debunk|deny|refute|dismiss|reject)[ \t]+"
    r"(?:as[ \t]+[\"\u201c]?[^\"\u201d.;]{1,40}[\"\u201d]?[ \t]+)?"
    r"(?:(?:the|a|an)[ \t]+)?(?:[\w'\u2019-]+[ \t]+){0,4}(?:claims?|reports?|rumou?rs?)[ \t]+"
    r"(?:[\w'\u2019-]+[ \t]+){0,4}that\b[^.;]{0,60}$", re.IGNORECASE)
# "... claimed it had killed "more than 20 Kenyan soldiers". A senior KDF officer dismissed the claim":
# the claim of the sentence before
_DISMISSED_THE_CLAIM_OPENING = re.compile(
    r"[ \t\"\u201c]*(?:[A-Z][\w'\u2019.-]*[ \t]+(?:[\w'\u2019.-]+[ \t]+){0,5}"
    r"(?:(?:also|swiftly|quickly|later)[ \t]+)?"
    r"(?:rejected|dismissed|denied|refuted|debunked)[ \t]+(?:the|that|this|those|these)[ \t]+"
    r"(?:[\w-]+[ \t]+)?(?:claims?|figures?|toll|account|assertion)\b|"
    # "These allegations are false."
    r"(?:These|Those|Such|This|That|The)[ \t]+(?:allegations?|claims?|figures?|assertions?)[ \t]+"
    r"(?:are|is|were|was)[ \t]+(?:completely[ \t]+|entirely[ \t]+|totally[ \t]+)?"
    r"(?:false|untrue|baseless|unfounded|fabricated)\b)")
# "Al-Shabaab claimed ... that its fighters had killed": a side's claimed figure (the rules use it too)
CLAIMED_BEFORE = re.compile(r"\bclaim(?:ed|s|ing)?\b[^.;]{0,160}$")
_THE_REST_OPENING = re.compile(r"[ \t\"\u201c]*The[ \t]+(?:remaining|other|rest[ \t]+of[ \t]+the)[ \t]+"
                               r"(?:bodies|victims|dead|deaths|injured|wounded)\b"
                               r"(?![ \t]+(?:were|are)[ \t]+\d)")


# "Hezbollah can still fire salvos of 30 or 40 missiles if they decide": what it could do
_A_CAPABILITY_BEFORE = re.compile(r"\b(?:can|could)[ \t]+(?:still[ \t]+)?(?:fire|launch|carry|produce|build|"
                                  r"deploy|field|mobili[sz]e)\b[^.;,]{0,40}$", re.IGNORECASE)


_TAKEN_TO_A_HOSPITAL_BEFORE = re.compile(r"\bto[ \t]+(?:the[ \t]+|a[ \t]+)?(?:[a-z]+[ \t]+){0,2}"
                                         r"(?:hospitals?|clinics?|health[ \t]+cent(?:re|er)s?|"
                                         r"medical[ \t]+cent(?:re|er)s?)[ \t]+$")
# a care place's last words, capitalised as in its name
_HOSPITAL_NAME_WORDS = r"Hospital|Infirmary|Clinic|Medical\s+Cent(?:re|er)"
_TAKEN_TO_A_NAMED_HOSPITAL_BEFORE = re.compile(
    r"\b(?:sent|taken|moved|transferred|brought|rushed)[ \t]+to[ \t]+(?:the[ \t]+)?"
    r"(?:[A-Z][\w'\u2019.-]*[ \t]+){1,4}"
    rf"(?:{_HOSPITAL_NAME_WORDS}|Medical[ \t]+College|Morgue|Mortuary)[ \t]+$")
_MEMBERS_BEFORE = re.compile(r"\b(?:members?|ranks|fighters|leaders?|commanders?)[ \t]+$")


def _place(text: str, left: int, right: int, a: int, fallback: str | None,
           weapons: bool = False) -> str | None:
    """The place named nearest text[a] in text[left:right]; for a count of weapons, not where
    they came from ("drones from the directions of Kursk", "missiles launched from bombers
    over the Saratov region")."""
    if (mourning := _A_PLACE_MOURNS_OPENING.match(text, left, a)) and mourning.end() >= a - 12:
        return mourning.group("place")  # "Vinaròs now mourns six dead", "Traiguera has lost two residents"
    if " to " in text[a:a + 30] and (hospital := _TO_A_CARE_PLACE_ITEM.match(text, a)):
        # "Thirty-one were taken to Lamia General Hospital, 14 to Larissa University Hospital and 9 to
        # the health centre": where each item was taken
        return " ".join(hospital.group("place").split()).removeprefix("the ").capitalize() if (
            hospital.group("place")[:1].islower()) else hospital.group("place")
    colon = text.find(":", a, right)
    # "seven on the coast: the six victims of the rip current at Praia do Futuro and ...": theirs too
    item = colon + 4 if text.startswith(" the ", colon + 1) else colon
    if colon >= 0 and text[colon + 1:colon + 2].isspace() and (
            _DIGIT.search(text, item, item + 4) or (
                _A_NUMBER_WORD_AT.match(text, item + 1)
                and not _DATELINE_BEFORE.search(text, max(0, colon - 40), colon))):
        # "64 drones: 22 over Bryansk, 15 over Kursk", "the number of dead at three: two volunteers
        # ... in León, and a firefighter ... in Ourense": the places are the items'
        right = colon
    place_items = _WEAPONS_PLACE_ITEMS_AFTER if weapons else _PLACE_ITEMS_AFTER
    if "," in text[a:right] and (items := place_items.search(text, a, right)):
        right = items.start()  # "Four people are still missing, one in Pcim, two in ...": the items'
    including = text.find(", including ", a, right)
    if including >= 0 and text.find(" in ", a, including) < 0 and _RISEN_TO_BEFORE.search(
            text, max(0, a - 16), a) and _INCLUDING_ONE_WHO.match(text, including):
        right = including  # "the toll has risen to 18, including a Bope member who was shot near the
        # Serra da Misericórdia": where that one died, not the toll's place
    elif weapons and 0 <= including - a <= 60 and not _A_PLACE_WORD_BETWEEN.search(text, a, including) and (
            _SOME_OF_THEM_OVER_A_PLACE.match(text, including + 12)):
        right = including  # "downed 162 Ukrainian drones overnight, including dozens over the Moscow
        # region": where some of them were downed, not all
    after_more = text.find(" after ", a, right)
    after_more = after_more - 1 if after_more > 0 and text[after_more - 1] == "," else after_more
    if after_more >= 0 and _MORE_DIED_AFTER.match(text, after_more):
        right = after_more  # "rose to 14 ..., after two more people died of their wounds in Kisumu": theirs
    followed = text.find(", followed by", a, right)
    if followed >= 0 and _DIGIT.search(text, a, followed):
        right = followed  # "Kharkiv region ..., with 52 killed and 263 injured, followed by Donetsk region"
    nationwide = _NATIONWIDE.search(text, left, right)
    best: tuple[int, str] | None = (abs(nationwide.start() - a), NATIONWIDE) if nationwide else None
    if "wide" in text[left:right] and (whole_area := _AREA_WIDE_WORD.search(text, left, right)):
        distance = abs(whole_area.start() - a)  # "Statewide, the storms have killed 19"
        if best is None or distance < best[0]:
            best = (distance, whole_area.group().lower().replace("-", ""))
    area_word = _has_area_word(text, left, right)
    if area_word and text.find(" the ", left, right) >= 0:
        for wide in _AREA_WIDE.finditer(text, left, right):  # "across the region": the area as a whole
            if best is None or abs(wide.start() - a) < best[0]:
                best = (abs(wide.start() - a), f"the {wide.group('area').lower()}")
        for several in _SEVERAL_AREAS.finditer(text, left, right):  # "in the two prefectures": all of them
            if best is None or abs(several.start() - a) < best[0]:
                best = (abs(several.start() - a), " ".join(several.group("areas").lower().split()))
    if area_word:
        for typed in _TYPED_PLACE.finditer(text, left, right):  # "Salkot district recorded 95 deaths"
            if weapons and _origin(text, left, typed.start()):
                continue
            if text.endswith(" the ", 0, typed.start()) and _A_TOWN_IN_THE_BEFORE.search(
                    text, max(left, typed.start() - 50), typed.start()):
                continue  # "a house in Jibchit in the Nabatieh district": the town, in its district
            if " administration" in text[typed.end():typed.end() + 30] and _A_BODY_OF_THE_PLACE_AFTER.match(
                    text, typed.end()):
                continue  # "The Deoghar district administration has released ...": a body's name
            if _AN_OFFICE_OF_THE_PLACE_AFTER.match(text, typed.end()) and typed.start() > a:
                continue  # "according to Kharkiv Oblast Governor Mykola Hrytsenko": the speaker's title
            place = _place_name(typed.group("place") or typed.group("state") or typed.group("subject"))
            distance = _distance(text, left, typed.start(), typed.end(), a)
            if place and distance < _NOT_ITS_PLACE and (best is None or distance < best[0]):
                best = (distance, place)
    if " the " in text[left:a] and (event := _A_PLACE_S_EVENT.search(text, left, a)) and (
            place := _place_name(event.group("place"))) and text.find(",", event.end(), a) < 0:
        distance = _distance(text, left, event.start("place"), event.end("place"), a)
        if distance < _NOT_ITS_PLACE and (best is None or distance < best[0]):
            best = (distance, place)  # "the Deir Kifa strike killed seven people": Deir Kifa's
    over_or_in = (text.find(" over ", left, right) >= 0 or text.find(" in ", left, right) >= 0
                  or text.find(" airspace", left, right) >= 0)
    areas = _country_areas(text) if over_or_in else ()
    for start, end, country in areas[bisect_left(areas, (left,)):]:
        if end > right:
            break
        distance = _distance(text, left, start, end, a)
        if distance < _NOT_ITS_PLACE and (best is None or distance < best[0]):
            best = (distance, country)
    narrower_end = -1
    for hit in _PLACE.finditer(text, left, right):
        if text[hit.end():hit.end() + 1] == "-" or _DESIGNATION_AFTER.match(text, hit.end()):
            continue  # "of the Shahed-136 type", "Kh-101", "of the Shahed type": a designation
        if weapons and _origin(text, left, hit.start()):
            continue
        if _A_FEAST_AFTER.match(text, hit.end()) and _SAINT_S_NAME.match(hit.group("place")):
            continue  # "at a São João party in Ibura", "the San Fermín festival": a feast day, no place
        town = _VENUE_AFTER.match(text, hit.end()) and _town_of_venue(hit.group("place"))
        place = town or _place_name(hit.group("place"))
        if place is None:
            continue
        if not town and place != hit.group("place") and (more := _NAME_GOES_ON.match(text, hit.end())):
            place += more.group()  # "North Waziristan's Datta Khel area": Datta Khel
        elif " and " in text[hit.end():hit.end() + 6] and (
                both := _AND_ANOTHER_OF_THEM.match(text, hit.end())):
            place = f"{place} and {both.group('other')} {both.group('kind')}"  # two provinces
        elif (text[hit.start():hit.start() + 3] == "in " or (
                _OPENS_A_LIST_OF_PLACES.match(text, hit.start())
                and not _AND_OTHERS_OF_THEM.match(text, hit.end())) or (
                text[hit.start():hit.start() + 3] == "of " and _PLACES_OF_A_KIND_BEFORE.search(
                    text, max(left, hit.start() - 16), hit.start()))) and (
                listed := _MORE_PLACES_AFTER.match(text, hit.end())):
            # "the raids on the towns of Houla, Kfar Kila and Yaroun", "killed 28 people in Kermanshah
            # and Tabriz", "Across Kentucky, Indiana and Ohio, the storms killed nine": all of them together
            place += listed.group()
        elif text[hit.end():hit.end() + 1] == "," and (many := _AND_OTHERS_OF_THEM.match(text, hit.end())):
            # "across Kharkiv, Sumy, Donetsk, Zaporizhzhia and Kherson regions": all of them together
            place = f"{place}{many.group()}".strip()
        last_word = place.rsplit(" ", 1)[-1]
        if last_word in _NUMBERED_PARTS and (numbered := _NUMBER_OF_PART.match(text, hit.end())):
            place += numbered.group()  # "14 in Pavilion 5, nine in Pavilion 8": two places, not one
        rest = None if town else _REST_OF_NAME.match(text, hit.end())
        if rest and any(w.strip(".,") in _INSTITUTION_WORDS for w in rest.group().split()):
            continue  # "of Jiangsu Ruifeng Fine Chemical Co.": a company, not a place
        if " administration" in text[hit.end():hit.end() + 40] and _A_BODY_OF_THE_PLACE_AFTER.match(
                text, hit.end()):
            continue  # "the head of the Dnipropetrovsk regional military administration": a body's name
        lead = text[max(left, hit.start() - 40):hit.start()]
        if text[hit.start():hit.start() + 3] == "in " and text.find(",", a, hit.start()) >= 0 and (
                _TAKEN_TO_A_HOSPITAL_BEFORE.search(lead)):
            # "23 villagers were killed and 12 others wounded, the latter having been evacuated to the
            # regional hospital in Kaya": where some went after, in a clause of its own
            continue
        if text[hit.start():hit.start() + 3] == "in " and _TAKEN_TO_A_NAMED_HOSPITAL_BEFORE.search(
                text, max(left, a, hit.start() - 90), hit.start()):
            # "The bodies of the seven people ... have been sent to Prithvi Chandra Hospital in Parasi for
            # post-mortem": where they were taken, not where they died
            continue
        if text[hit.start():hit.start() + 3] == "of " and "from the " in lead and (
                _FROM_THE_AREA_BEFORE.search(lead)):
            continue  # "members of a ski club from the province of Verona": where they came from
        if text[hit.start():hit.start() + 3] == "in " and "from " in lead and (
                _FROM_A_BODY_BEFORE.search(lead)):
            continue  # "28 third-graders and three teachers from a municipal elementary school in Osaka"
        if text[hit.start():hit.start() + 3] == "of " and (
                _NAMED_BODY_BEFORE.search(lead) or _MEMBERS_BEFORE.search(lead)):
            # "the London School of Hygiene", "the University of Nairobi": a name; "25 members of the
            # Volunteers for the Defence of the Homeland": a body of people
            continue
        if text[hit.start():hit.start() + 3] in ("in ", "of ") and _ACRONYM_AFTER.match(text, hit.end()) and (
                _CAPITALISED_WORD_BEFORE.search(lead)):
            continue  # "The UN Human Rights Monitoring Mission in Ukraine (HRMMU) says": its name
        if ("conference" in lead or "briefing" in lead or "journalists" in lead or "reporters" in lead
                or "headquarters" in lead or "peaking" in lead or "meeting" in lead or "review" in lead) and (
                _BRIEFING_BEFORE.search(lead)):
            continue  # "told reporters at a news conference outside City Hall": the briefing's place
        if ("treat" in lead or "hospital" in lead or "morgue" in lead or "mortuary" in lead) and (
                _TREATED_AT_BEFORE.search(lead)):
            continue  # "two workers, who were undergoing treatment at Madurai, died": where they were treated
        if ("ogether" in lead or "long with" in lead or "ounting" in lead) and (
                _ADDED_PLACE_BEFORE.search(lead)):
            continue  # "Together with the death in Mississippi, Hollis has now killed at least six"
        if lead.endswith("hospital ") and "treat" in text[max(left, hit.start() - 100):hit.start()]:
            continue  # "treated 19 of them for gunshot wounds at its hospital in Tawila"
        if narrower_end >= 0 and (_WIDER_AREA_GAP.fullmatch(text, narrower_end, hit.start("place")) or (
                # "the Kovpakivskyi district of Sumy": the district
                text[narrower_end:hit.start("place")] == " of " and text.endswith(
                    (" district", " raion", " neighbourhood", " neighborhood", " quarter", " suburb"), 0,
                    narrower_end)) or (
                text[narrower_end:hit.start("place")] in (" in the ", ", in the ", " in ", ", in ")
                and hit.group("place").endswith((" district", " region", " province", " governorate",
                                                 " state", " oblast", " county", " prefecture")))):
            narrower_end = hit.end()
            continue  # "the village of Deir Maksour in the northern countryside of Quneitra": the village; so
            # "the outskirts of Dilling in Sudan's South Kordofan state"
        narrower_end = hit.end()
        distance = _distance(text, left, hit.start(), hit.end(), a)
        if best is None or distance < best[0]:
            best = (distance, place)
    if best is None and weapons and fallback is None and "air" in text[left:a] and (
            defence := _COUNTRY_AIR_DEFENCE.search(text, left, a)):
        return _COUNTRY_OF[defence.group("adj")]  # "Ukrainian air defense shot down 558 drones": over Ukraine
    return best[1] if best else fallback


# parts of a site told apart by number: "Pavilion 5", "Block 12", "Ward 3B"
_NUMBERED_PARTS = frozenset("Pavilion Block Ward Sector Gate Camp Zone Wing Building Tower Unit Cellblock "
                            "Module Terminal Platform Level Shaft Section Precinct Phase Pier Hangar "
                            "Dormitory".split())
_NUMBER_OF_PART = re.compile(r"[ \t]+\d{1,3}[A-Z]?\b(?![.,:]\d)")
_ADDED_PLACE_BEFORE = re.compile(r"\b(?:[Tt]ogether|[Aa]long)\s+with\s+(?:the\s+)?[\w\s-]{0,30}$|"
                                 r"\b[Cc]ounting\s+(?:the\s+)?[\w\s-]{0,30}$")
_AND_ANOTHER_OF_THEM = re.compile(r"[ \t]+and[ \t]+(?P<other>[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+)?)"
                                  r"[ \t]+(?P<kind>provinces|regions|districts|states|oblasts|governorates|"
                                  r"counties)\b")
_AND_OTHERS_OF_THEM = re.compile(r"(?:,[ \t]+[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+)?){1,8},?"
                                 r"[ \t]+and[ \t]+[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+)?"
                                 r"[ \t]+(?:provinces|regions|districts|states|oblasts|governorates|"
                                 r"counties)\b")
# "the towns of Houla, Kfar Kila and Yaroun", "along the coasts of Sfax and Mahdia"
_PLACES_OF_A_KIND_BEFORE = re.compile(r"\b(?:towns|villages|cities|districts|provinces|regions|areas|"
                                      r"municipalities|communities|localities|settlements|islands|"
                                      r"coasts|shores|coastlines)[ \t]+$")
_PLACE_NAME_IN_A_LIST = (r"[A-Z][\w'\u2019-]*"
                         r"(?:[ \t]+(?:[A-Z]|(?:al|el|ad|an|ar|as|ash|at|az|ez)-)[\w'\u2019-]*){0,2}")
_OPENS_A_LIST_OF_PLACES = re.compile(r"In[ \t]|[Aa]cross[ \t]")
_MORE_PLACES_AFTER = re.compile(rf"(?:,[ \t]+{_PLACE_NAME_IN_A_LIST}){{0,8}},?"
                                rf"[ \t]+and[ \t]+{_PLACE_NAME_IN_A_LIST}(?![\w'\u2019-])")
_NAME_GOES_ON = re.compile(r"[ \t][A-Z][a-z\u00C0-\u024F']+(?![\w'\u2019])")
_NAMED_BODY_BEFORE = re.compile(r"\b(?:School|University|Institute|College|Academy|Faculty|Museum|Bank|"
                                r"Hospitals|Trust|"
                                r"Society|Association|Council|Bureau|Office|Centre|Center|Department|Ministry|"
                                r"Board)[ \t]*$")
# "undergoing treatment at Madurai": where some were treated, not where the event was
_TREATED_AT_BEFORE = re.compile(r"\b(?:treatment|treated|in\s+hospital)(?:[ \t]+(?:at|in))?[ \t]*$|"

                                r"\b(?:morgue|mortuary)[ \t]*$", re.IGNORECASE)
_BRIEFING_BEFORE = re.compile(r"\b(?:news|press)[ \t]+(?:conference|briefing)[ \t]*$|\bbriefing[ \t]*$|"
                              # "Speaking to reporters after a review meeting at Vikasa Soudha"
                              r"\b(?:journalists|reporters)[ \t]+"
                              r"(?:(?:at|in|after|following)\b[^.;,]{0,40})?$|"
                              r"\b(?:a|the|an)[ \t]+(?:[\w-]+[ \t]+)?(?:meeting|review)[ \t]*$|"
                              r"\b[Ss]peaking[ \t]+$|"  # "Speaking in Geneva, the spokesman said"
                              r"\bheadquarters[ \t]+(?:in|at)[ \t]+(?:the[ \t]+)?$",
                              re.IGNORECASE)
# between a place and the wider area it lies in: "Deir Maksour in the northern countryside of"
_A_PLACE_S_EVENT = re.compile(r"\bthe[ \t]+(?P<place>[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+)?)[ \t]+"
                              r"(?:strike|air[ \t]?strike|attack|bombing|blast|explosion|massacre|shelling|"
                              r"raid|fire|crash|collapse|stampede|crush|landslide|flood|shooting)\b")
_A_TOWN_IN_THE_BEFORE = re.compile(r"\b(?:in|of)[ \t]+[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+)?,?[ \t]+"
                                   r"in[ \t]+the[ \t]+$")
_WIDER_AREA_GAP = re.compile(r"(?:[ \t]+(?:industrial|residential|commercial|area|district|village|town|zone|"
                             r"estate|park|camp|township|locality|quarter|neighbou?rhood)){0,2},?"
                             r"[ \t]+(?:in|near|on|at)[ \t]+the[ \t]+(?:\w+[ \t]+)?"
                             r"(?:countryside|outskirts|suburbs|edge)[ \t]+of[ \t]+|"
                             # "the port city of Chornomorsk, south of Odesa": where it lies, not the place
                             r",?[ \t]+(?:(?:about|some|around)[ \t]+)?(?:[\d.,]+[ \t]*(?:km|kilometres|"
                             r"kilometers|miles)[ \t]+(?:\([^()]{1,20}\)[ \t]+)?)?(?:north|south|east|west)"
                             r"(?:east|west)?(?:ern)?[ \t]+of[ \t]+")
# "the Carrow Lake Community Hall", "Linden Grove High School": a venue named after its town
_A_FEAST_AFTER = re.compile(r"[ \t]+(?:part(?:y|ies)|festivals?|festivities|celebrations?|parades?|"
                            r"processions?|fairs?|feast|bonfires?|eve)\b", re.IGNORECASE)
_SAINT_S_NAME = re.compile(r"(?:S[ãa]o|Santo|Santa|San|Sant|Saint|St\.?)[ \t]+[A-Z]")
_VENUE_AFTER = re.compile(r"[ \t]+(?:Hall|School|Centre|Center|Prison|Penitentiary|Stadium|Arena)\b")
_VENUE_MODIFIERS = frozenset(
    "Community High Middle Primary Secondary Civic Sports Leisure Shopping Town City Memorial Convention "
    "Exhibition Social Rehabilitation Detention Correctional Cultural Youth Trade Conference Events Arts "
    "Aquatic Recreation Training Treatment Distribution Logistics Business Transit Evacuation "
    "Reception".split())


def _town_of_venue(words: str) -> str | None:
    """The town a venue's name opens with, once the words of the venue's kind are cut off
    ("the Machala Social Rehabilitation Center": Machala)."""
    names = words.split()
    cut = len(names)
    while cut > 1 and names[cut - 1] in _VENUE_MODIFIERS:
        cut -= 1
    if cut == len(names):
        return None
    return _place_name(" ".join(names[:cut]))


_ANOTHER_ITEM = 10_000
_NOT_ITS_PLACE = 10**9
_A_CLAUSE_OPENS_BETWEEN = re.compile(r"\b(?:why|how|whether|because|although)\b")
_ITEM_BREAK = re.compile(r"[,;:]\s|\sand\s")
_DIGIT = re.compile(r"\d")
_A_FIGURE = re.compile(rf"\d|\b(?i:{SMALL_NUMBER_WORDS})\b")
_ITS_PARTS_AFTER_A_COLON = re.compile(rf"[^.;:\n]{{0,40}}:[ \t]*(?:\d|(?i:{SMALL_NUMBER_WORDS})\b)")
_PLACE_BETWEEN = re.compile(r"\b(?:in|over|at|near|on)\s+(?:the\s+)?[A-Z]")
_FIGURE_THEN_ITS_PLACE = re.compile(r"[\d,.]+(?:[ \t]+[\w-]+){0,3}[ \t]+(?:in|over|at|across|near)[ \t]+"
                                    r"(?:the[ \t]+)?")


def _distance(text: str, left: int, start: int, end: int, a: int) -> int:
    """How far a place at text[start:end] is from the figure at text[a]; a place in an earlier
    item of a list with a figure of its own is the furthest of all ("15 over the Kursk region,
    11 over the Belgorod region": 11 is Belgorod's, though Kursk is nearer)."""
    if end > a:
        if start <= a:
            return 0
        item_break = _ITEM_BREAK.search(text, a, start)
        digit = _DIGIT.search(text, item_break.end(), start) if item_break else None
        if digit and (item_break.group() != " and " or _PLACE_BETWEEN.search(text, a, item_break.start())  # type: ignore[union-attr]
                      or not _FIGURE_THEN_ITS_PLACE.fullmatch(text, digit.start(), start)):
            # "including nine flying toward Moscow, 11 over the Belgorod Region": the next item's place;
            # but "12 martyrs and 49 wounded in the South governorate": both figures' place
            return _NOT_ITS_PLACE
        return start - a
    if not _ITEM_BREAK.search(text, end, a):
        return a - start
    item_start = max(left, *(text.rfind(sep, left, start) for sep in (", ", "; ", ": ", " and ")))
    # "three killed and four injured at a restaurant in Möllevången, one killed ... in Rosengård"
    return a - start + (_ANOTHER_ITEM if _A_FIGURE.search(text, item_start, start) else 0)


_A_HOSPITAL_WORD = re.compile(rf"\b(?:{_HOSPITAL_NAME_WORDS})\b")
_A_LAW_S_LAST_WORD = frozenset({"Sanhita", "Code", "Act", "Constitution", "Convention", "Protocol",
                                "Ordinance"})


@lru_cache(maxsize=4096)
def _place_name(words: str) -> str | None:
    """The place capitalised words after "in", "near"... name, or None if they name none.

    Cached: an article names its few places again and again.
    """
    first = words.split()[0]
    if first in ("Over", "In", "Across", "Near", "Outside", "Around", "At") and " " in words:
        return _place_name(words.split(" ", 1)[1])  # "Over Lviv region, 38 drones ...": Lviv region
    if any(w in _INSTITUTION_WORDS for w in words.split()) and not (
            _A_HOSPITAL_WORD.search(words) and words.split()[-1] not in _INSTITUTION_WORDS):
        # (not "Services Hospital Lahore", "Police Hospital": a hospital, where some were taken)
        # "two servicemen of the Azerbaijan Army": that country's force, its side of a border war
        country = words.removeprefix("the ").rsplit(" ", 1)[0]
        return country if words.rsplit(" ", 1)[-1] in _FORCE_WORDS and country in COUNTRIES else None
    if first.endswith(("-held", "-controlled", "-occupied", "-run", "-managed", "-owned", "-flagged",
                       "-registered", "-based", "-bound")):
        return None  # "across the Ukrainian-held part of Donetsk region", "the Greek-managed bulk carrier"
    if words.endswith(" Day") or words.endswith(" Day's"):
        return None  # "over the Memorial Day weekend", "Victory Day": a holiday, not a place
    if words.rsplit(" ", 1)[-1] in _A_LAW_S_LAST_WORD:
        return None  # "under Section 106 of the Bharatiya Nyaya Sanhita", "of the Penal Code": a law
    if first.removesuffix("'s").removesuffix("\u2019s") in _NOT_PLACES or _DEMONYM.search(first) \
            or words in _NATIONALITY or words in _NOT_PLACES_ALONE \
            or _DEMONYM.search(words) or _MODEL_NAME.search(words) or words.endswith(("'s", "\u2019s")):
        return None  # "of the Iskander-M type" names a weapon, not a place
    owner = _POSSESSIVE_PREFIX.match(words)
    rest = words[owner.end():] if owner else words
    if owner and rest.split()[0] in _VENUE_OPENINGS:  # "at Conakry's Stade du 28 Septembre": Conakry
        return words[:owner.end()].rstrip().removesuffix("'s").removesuffix("\u2019s")
    return rest or words  # "Yemen's Ras Isa" -> "Ras Isa"


# the first word of a venue's name in the languages that put it first: "Stade du 28 Septembre",
# "Estadio Monumental"
_VENUE_OPENINGS = frozenset("Stade Estadio Estádio Stadio Stadion Palais Arena".split())


@lru_cache(maxsize=16)
def _area_word_positions(text: str) -> tuple[int, ...]:
    """Where the document names a kind of area ("district", "Oblast"): looked up once, since
    places are looked for in many windows of one text."""
    return positions_folded(text, (*_AREA_KIND_WORDS, "state"), _AREA_OR_STATE_WORD)


@lru_cache(maxsize=16)
def _country_areas(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, country) of each "over Russian regions" in the document, found once rather
    than in every window a place is looked for in."""
    found = []
    for tail in _COUNTRY_AREA_TAIL.finditer(text):  # a literal word first: a scan for any adjective is slow
        adjective = _COUNTRY_ADJECTIVE_BEFORE.search(text, max(0, tail.start() - 20), tail.start())
        if adjective is None:
            continue
        before = _COUNTRY_AREA_PREPOSITION.search(text, max(0, adjective.start() - 40), adjective.start())
        if before is not None:
            found.append((before.start(), tail.end(), _COUNTRY_OF[adjective.group("adj")]))
    return tuple(found)


def _has_area_word(text: str, left: int, right: int) -> bool:
    positions = _area_word_positions(text)
    i = bisect_left(positions, left)
    return i < len(positions) and positions[i] < right


_FROM_A_BODY_BEFORE = re.compile(r"\bfrom[ \t]+(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+){0,3}"
                                 r"(?:school|college|university|"
                                 r"club|church|parish|mosque|company|firm|factory|kindergarten|orphanage|"
                                 r"congregation|academy|seminary)[ \t]+$", re.IGNORECASE)
_FROM_THE_AREA_BEFORE = re.compile(r"\bfrom[ \t]+the[ \t]+(?:province|region|state|district|county|city|town|"
                                   r"village|department|prefecture|municipality)[ \t]+$", re.IGNORECASE)


def _origin(text: str, left: int, start: int) -> bool:
    """The place at `start` is where weapons came from: "from the directions of Kursk"."""
    return "from" in text[max(left, start - 70):start] and bool(
        _ORIGIN_BEFORE.search(text, max(left, start - 70), start + 1))


# "Paranaíba do Sul accounts for 38 of the dead", "Neighbouring Espírito Alto has confirmed 6 deaths"
_NAME_WORDS = r"[A-Z][\w'\u2019\-]+(?:\s+(?:do|da|de|del|di|dos|das|[A-Z][\w'\u2019\-]+)){0,3}"
# "..., and Zulia state, where the blackouts have been longest, accounted for eight deaths"
_AREA_AND_ASIDE = (r"(?:\s+(?:state|province|region|district|county|governorate|oblast|department))?"
                   r"(?:,\s+(?:where|which|whose)\s[^,.;]{0,80},)?")
_PLACE_SUBJECT = re.compile(
    rf"\s*(?:(?:Neighbou?ring|Nearby|Adjacent)\s+(?P<near>{_NAME_WORDS})\s+(?:has|have|had)?\s*"
    r"(?:confirmed|recorded|registered|reported|counted)|"
    rf"(?P<own>{_NAME_WORDS}){_AREA_AND_ASIDE}\s+(?:accounts|accounted)\s+for)\s+(?:at\s+least\s+|some\s+|about\s+)?")
_AND_A_PLACE_ACCOUNTED_FOR_BEFORE = re.compile(
    rf"[,;]\s+(?:and|while|whereas)\s+(?P<own>{_NAME_WORDS}){_AREA_AND_ASIDE}\s+(?:accounts|accounted)\s+for\s+"
    r"(?:at\s+least\s+|some\s+|about\s+)?$")
_THE_WORST_HIT_OPENING = re.compile(
    # "According to him, Sabon Birni Local Government Area is the worst hit with ...": five words of a name
    rf"[ \t\"\u201c]*(?:After\s+{_NAME_WORDS},\s+|According\s+to\s+[^,.;]{{1,40}},\s+)?"
    rf"(?P<place>{_NAME_WORDS}(?:\s+[A-Z][\w'\u2019\-]+)?)\s+(?:was|is|remained|remains)\s+"
    r"(?:again\s+|also\s+|once\s+again\s+)?the\s+(?:worst|hardest|most\s+badly|most\s+severely)[\s-]+"
    r"(?:hit|affected|struck)\b[^.;]{0,40}?,?\s+with\b")
# "followed by Isa with 296 cases and 11 deaths, and Goronyo with 187 cases and eight deaths": each place's
_FOLLOWED_BY_A_PLACE_BEFORE = re.compile(
    rf"(?:\bfollowed\s+by\s+|,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?(?P<place>{_NAME_WORDS})\s+"
    r"(?:with|at|on)\s+(?:[\d,]+\s+[a-z]+(?:\s+[a-z]+)?\s+and\s+)?$")
_PLACES_REPORTING = re.compile(
    # "Dien Bien reported six deaths and Lai Chau three", "Blumenau has seven deaths, Gaspar five, ..."
    rf"\s*(?P<place>{_NAME_WORDS})\s+(?:reported|has|had|recorded)\s+(?P<figure>)(?:\d[\d,]*|"
    rf"(?i:{SMALL_NUMBER_WORDS}))\b[^.;]*?"
    rf"\band\s+(?:{_NAME_WORDS})\s+(?:\d[\d,]*|(?i:{SMALL_NUMBER_WORDS}))\s*[.;]")
_A_PART_OF_AT = re.compile(r"\S+[ \t]+of\b")  # "Nsanje has recorded 14 of this year's deaths"
_PLACE_RECORDED_BEFORE = re.compile(r"(?<![\w'\u2019-])"
                                    r"(?P<place>[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+)?)[ \t]+"
                                    r"(?:(?:has|had|have)[ \t]+(?:so[ \t]+far[ \t]+|now[ \t]+|also[ \t]+)?)?"
                                    r"(?:recorded|reported|registered|lost)[ \t]+"
                                    # "Copperbelt Province has so far recorded 43 cases and one death"
                                    r"(?:[\d,]+[ \t]+[a-z]+[ \t]+and[ \t]+)?$")


_AREA_KINDS_OF_A_NAME = frozenset((*_AREA_KIND_WORDS, "state", "municipality", "department"))


def _named_as_a_place(text: str, name: str) -> bool:
    """A name the article calls a place somewhere: "in Nairobi", "Nairobi county"."""
    if _place_name(name) != name:
        return False
    if name.rsplit(" ", 1)[-1].lower() in _AREA_KINDS_OF_A_NAME:
        return True  # "Copperbelt Province has so far recorded 43 cases": a place by its name
    return re.search(rf"\b(?:in|across|near|of)[ \t]+(?:the[ \t]+)?{re.escape(name)}\b|"
                     rf"\b{re.escape(name)}[ \t]+"
                     r"(?:county|counties|district|province|region|state|city|town)\b",
                     text) is not None


_PEOPLE_NOT_PLACES = _SUBGROUP | frozenset(
    "civilians soldiers fighters workers migrants pedestrians drivers passengers motorcyclists cyclists "
    "victims adults men women".split())
# who are somewhere when disaster strikes, not what befell them
_PEOPLE_PRESENT = frozenset("workers miners passengers people persons residents employees staff pupils "
                            "students guests patients crew occupants pilgrims tourists".split())
_A_GROUP_THEN_A_FIGURE_AFTER = re.compile(r"(?P<group>[^,.;:\d]{0,60}),[ \t]+(?=\d)")
_OF_THE_OPENING_BEFORE = re.compile(r"(?:^|[,;:][ \t]+|[.!?][ \t]+)[Oo]f[ \t]+the[ \t]+$")
_AT_THE_TIME_OPENING = re.compile(r"[ \t\"\u201c]*At[ \t]+the[ \t]+time[ \t]+of[ \t]+the[ \t]+[a-z]+[ \t]*,")
_HELD_PLACE_OPENING = re.compile(r"[ \t\"\u201c]*In[ \t]+[A-Za-z]+-(?:held|occupied|controlled)[ \t]+"
                                 r"(?P<place>[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+)?)[ \t]*,")
_NAMED_THEN_WHERE = re.compile(r"(?:\bThe\s+|\bthe\s+)?(?P<place>[A-Z][\w'\-]+(?:\s+[A-Z][\w'\-]+){0,3}),\s+"
                               r"where\s+[^,.;]{0,50}$")


# "the highest mountain in the Americas": the area of a ranking
_A_RANKING_S_AREA_BEFORE = re.compile(
    r"\b(?:the|its|their)[ \t]+(?:\w+est|most[ \t]+\w+)[ \t]+"
    r"(?:(?!(?:was|were|is|are|came|has|had)\b)[\w-]+[ \t]+){1,2}in[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)
_NEAR_OR_CARING_BEFORE = re.compile(
    r"(?:\b(?:hospitals?|clinics?|morgues?)[ \t]+(?:in|at)|\b(?:north|south|east|west|northeast|northwest|"
    r"southeast|southwest)[ \t]+of|\bnear|\boutside)[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)
# ", the security ministry of Argentina's Mendoza province said.": who told the sentence, at its end
# (searched for every placed figure with a comma after it: let go where no saying word stands)
_A_SOURCE_S_CLAUSE_AFTER = Contains(re.compile(
    r",[ \t]+(?:according[ \t]+to[ \t]+(?P<named>[^,.;:\"\u201c\u201d]{3,90}?)|"
    r"(?P<source>(?:the[ \t]+|an?[ \t]+)?[^,.;:\"\u201c\u201d]{3,90}?)[ \t]+(?:said|says|reported|reports|"
    r"announced|confirmed|told[ \t]+[A-Z][\w.]+)(?:[ \t]+(?:on|in)[ \t]+[A-Z]\w+)?)[ \t]*(?:\.|$)"),
    ("according", "said", "says", "reported", "reports", "announced", "confirmed", "told"))


def _not_the_source_s_seat(text: str, sent_start: int, sent_end: int, left: int, right: int, a: int,
                           place: str, weapons: bool) -> str:
    """"An avalanche struck an expedition on Aconcagua, the highest mountain in the Americas, ...,
    killing five climbers, the security ministry of Argentina's Mendoza province said": the place
    the sentence tells before its source (not where the source sits, nor the area of a ranking,
    "died in a hospital in Kabul" or "north of Mexico City"), when it tells one."""
    source = _A_SOURCE_S_CLAUSE_AFTER.search(text, a, sent_end)
    if source is None or place not in (source.group("source") or source.group("named")):
        return place
    inner = _place(text, left, min(right, source.start()), a, None, weapons) or _place(
        text, sent_start, a, a, None, weapons)
    at = text.find(inner, sent_start) if inner else -1
    if inner and at >= 0 and _A_RANKING_S_AREA_BEFORE.search(text, max(sent_start, at - 40), at):
        inner = _place(text, sent_start, at - 1, at, None, weapons)  # the place the ranking is of
        at = text.find(inner, sent_start) if inner else -1
    if not inner or at < 0 or _NEAR_OR_CARING_BEFORE.search(text, max(sent_start, at - 30), at):
        return place
    return inner


def _scope(text: str, sent_start: int, sent_end: int, left: int, right: int, a: int,
           fallback: str | None, fallback_is_dateline: bool, weapons: bool = False) -> Scope:
    """Where and when: the clause's place, else the sentence's, else the document's.

    The document's place is the dateline's (marked inferred: where the reporter was) or the
    first place the lede names.
    """
    subject = _PLACE_SUBJECT.match(text, sent_start, a) if "ccount" in text[sent_start:a] or (
        "eighbo" in text[sent_start:sent_start + 14]) else None
    named = subject.group("near") or subject.group("own") if subject and a == subject.end() else None
    if named is None and "ccount" in text[max(sent_start, a - 140):a] and (
            subject := _AND_A_PLACE_ACCOUNTED_FOR_BEFORE.search(text, max(sent_start, a - 140), a)):
        named = subject.group("own")
    if named is None and (" reported " in text[sent_start:a] or " has " in text[sent_start:a]
                          or " had " in text[sent_start:a] or " recorded " in text[sent_start:a]) and (
            listed := _PLACES_REPORTING.match(text, sent_start, sent_end)) and a == listed.end("figure"):
        named = listed.group("place")  # "Dien Bien reported six deaths and Lai Chau three": places
    if named is None and (text.endswith((" recorded ", " reported ", " registered ", " lost "), 0, a) or (
            text.endswith(" and ", 0, a) and "recorded " in text[max(sent_start, a - 40):a])) and (
            subject := _PLACE_RECORDED_BEFORE.search(text, max(sent_start, a - 60), a)) and (
            _named_as_a_place(text, subject.group("place"))) and not _A_PART_OF_AT.match(text, a):
        named = subject.group("place")  # "said Nairobi had recorded 31 deaths", told "in Nairobi" elsewhere
    if named and named.lower() in _PEOPLE_NOT_PLACES:
        named = None  # "Children accounted for 17 of the 164": who, not where
    if named is None and ("worst" in text[sent_start:a] or "hardest" in text[sent_start:a]) and (
            worst := _THE_WORST_HIT_OPENING.match(text, sent_start, a)):
        if "followed by" not in text[worst.end():a]:
            # "Baghdad was again the worst-affected province, with 52"
            named = _place_name(worst.group("place"))
        elif item := _FOLLOWED_BY_A_PLACE_BEFORE.search(text, max(worst.end(), a - 90), a):
            named = _place_name(item.group("place"))  # "..., followed by Isa with 296 cases and 11 deaths"
    place = named or _listed_place(text, a) or _place(text, left, right, a, None, weapons) or _place(
        text, sent_start, a, a, None, weapons)
    if place is not None and named is None and "," in text[a:sent_end]:
        place = _not_the_source_s_seat(text, sent_start, sent_end, left, right, a, place, weapons)
    if place is None and (held := _HELD_PLACE_OPENING.match(text, sent_start, a)):
        place = held.group("place")  # "In Ukrainian-held Druzhkivka, a Russian rocket strike ... killed four"
    if place is None and "where" in text[max(sent_start, a - 60):a] and (
            where := _NAMED_THEN_WHERE.search(text, max(sent_start, a - 90), a)):
        place = _place_name(where.group("place"))  # "The Bruce Highway, where 23 people died"
    if place is None and weapons and (side := _ONE_SIDE_S_WEAPONS.match(text, a, right)):
        # "its air defences had shot down 62 Ukrainian drones": one side's drones are launched at,
        # and downed over, the other's country
        place = _THE_OTHER_SIDE[side.group("side")]
    time = _time(text, left, right, a)
    if time is None and left > sent_start and (opening := _DAY_OPENING.match(text, sent_start, left)):
        time = " ".join(opening.group("time").lower().split())  # "On Wednesday, it said ..., and that 22"
    return Scope(place=place or fallback, time=time,
                 place_inferred=place is None and fallback is not None and fallback_is_dateline)


def _item_opening(text: str, start: int, a: int) -> str:
    """text[start:a] without the place an item of a list of places opens with: "3 dead (" for
    "3 dead (Kagoshima 2, Miyazaki 1)"."""
    before = text[start:a]
    return _NAME_AT_END.sub("", before) if _listed_place(text, a) else before


def _by_area_item(text: str, a: int) -> bool:
    """An item of a list by area ("Deaths by district: Tamkhola 14, Rupani 9, other districts 9"):
    a part of the toll, not a rival of it."""
    item = _list_item(text, a)
    return item is not None and (item.group("by") is not None or item.group("told") is not None)


def _first_place_item(text: str, a: int) -> str | None:
    """The place of the first item of "Punjab reported 91 deaths, Khyber Pakhtunkhwa 64, Sindh
    27", whose figure starts at text[a]; None if it is no such item."""
    before = FIRST_PLACE_ITEM_BEFORE.search(text, max(0, a - 60), a)
    figure = (_FIGURE_AT.match(text, a) or _NUMBER_WORD_AT.match(text, a)) if before else None
    if before is None or figure is None or not FIRST_PLACE_ITEM_AFTER.match(text, figure.end()):
        return None
    return _place_name(before.group("place"))


_NAME_AT_END = re.compile(r"[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*)?[ \t]+$")
_FIGURE_AT = re.compile(r"\d+(?:[,.]\d+)*")
_NUMBER_WORD_AT = re.compile(r"[a-z]+(?:-[a-z]+)?")


def _list_item(text: str, a: int) -> re.Match[str] | None:
    """The item of a list of places whose figure starts at text[a], if it is one."""
    if a < 2 or text[a - 1] != " " or not (text[a - 2].isalpha() or text[a - 2] in "\u2013\u2014-"):
        return None
    figure = _FIGURE_AT.match(text, a) or _NUMBER_WORD_AT.match(text, a)
    if figure is None or (not figure.group()[0].isdigit() and parse_number_word(figure.group()) is None):
        return None  # "Sindh 27", "Gilgit-Baltistan nine"
    return place_list_item(text[max(0, a - 200):a], text[figure.end():figure.end() + 8])


def _listed_place(text: str, a: int) -> str | None:
    """"Injured by prefecture: Okinawa 6, Kagoshima 31": the place an item's figure follows."""
    item = _list_item(text, a)
    return _place_name(item.group("place")) if item and item.group("place") else None


def _a_country_s(source: str) -> str | None:
    """The country a source is, or is the body of ("Pakistan", "Pakistan's military")."""
    name = source.removeprefix("the ").split("'")[0].split("\u2019")[0].strip()
    return name if name in COUNTRIES else None


_ON_ITS_SIDE_AFTER = re.compile(r"\bon[ \t]+(?:its|their)[ \t]+(?:own[ \t]+)?side[ \t]+of[ \t]+the\b")


def _source_naming_the_place(text: str, source: str, place: str, start: int, end: int) -> int | None:
    """Where, after a figure, its source is named with the place in its name ("the Bureau of Fire
    Protection in Central Visayas"); None if it is not."""
    named_by = text.find(source, start, end)
    if named_by < 0 or not _A_BODY_S_NAME.search(text, named_by, named_by + len(source) + 60):
        return None  # (an official's own area is the figure's too: "Kishoreganj district administrator")
    if place in source:
        return named_by
    after = _IN_THE_PLACE_AFTER_A_NAME.match(text, named_by + len(source))
    return named_by if after and text.startswith(place, after.end()) else None


# "the Bureau of Fire Protection in Central Visayas", "Mohammad-Reza Ghasemi, spokesman of Gilan University"
_A_BODY_S_NAME = re.compile(r"\b(?:Bureau|Ministry|Department|Service|University|Agency|Office|Institute|"
                            r"Directorate|Commission|Authority|Centre|Center|Council)\b")
_IN_THE_PLACE_AFTER_A_NAME = re.compile(r"(?:[ \t]+(?:in|of|for)|,[ \t]+[a-z][\w-]*(?:[ \t]+[a-z][\w-]*){0,2}"
                                        r"[ \t]+(?:of|for))[ \t]+(?:the[ \t]+)?")
_A_PLACE_WORD_BETWEEN = re.compile(r"[ \t](?:in|over|across|above|near|at)[ \t]")
_SOME_OF_THEM_OVER_A_PLACE = re.compile(r"[\w,-]+(?:[ \t]+[\w-]+){0,2}?[ \t]+(?:over|above|in)[ \t]+")
_AN_OFFICE_OF_THE_PLACE_AFTER = re.compile(r"[ \t]+(?:[Gg]overnor|Gov\.|[Mm]ayor|[Pp]olice|[Pp]rosecutor)\b")
_A_BODY_OF_THE_PLACE_AFTER = re.compile(r"[ \t]+(?:regional[ \t]+|oblast[ \t]+|city[ \t]+|district[ \t]+)?"
                                        r"(?:military[ \t]+|state[ \t]+)?administration\b")
_A_RANKING_BEFORE = re.compile(r"\b(?:deadliest|worst|biggest|largest|heaviest|bloodiest|most[ \t]+\w+)\b"
                               r"[^.;,\d]{0,50}$", re.IGNORECASE)


def _time(text: str, left: int, right: int, a: int) -> str | None:
    if "from" in text[a:right] and (earlier := _UP_FROM_AFTER.search(text, a, right)):
        right = earlier.start()  # "48 deaths, up from 44 on Saturday night": Saturday is the 44's
    hits = [(abs(h.start() - a), " ".join(h.group("time").lower().split()))
            for h in _TIME.finditer(text, left, right)
            # "in one of the deadliest attacks on the city this year": the ranking's year, not the figure's
            if not (h.start() > a and _A_RANKING_BEFORE.search(text, max(a, h.start() - 60), h.start()))]
    if not hits:
        return None
    periods = [h for h in hits if "-day " in h[1] or " days" in h[1]]
    # "The seven-day campaign ended on Friday with 253 deaths": the campaign's tally, not Friday's
    time = min(periods or hits)[1]
    if "'s " in time or "\u2019s " in time:  # "in sunday's report", "tuesday's toll": on that day
        return "on " + time.removeprefix("in ").split("'")[0].split("\u2019")[0]
    if time.startswith("as of "):
        return "on " + time.split()[-1]  # "as of 6 a.m. monday": on monday
    if time in _WEEKDAYS_LOWER:
        return "on " + time  # "were killed Wednesday": on Wednesday
    return time


# "taking this spring's death toll on Everest to nine": the season's tally, this event's among them
_A_SEASON_S_TOLL_BEFORE = re.compile(r"\b(?:this|last)[ \t]+(?:year|season|spring|summer|autumn|fall|"
                                     r"winter|month|monsoon|climbing[ \t]+season)['\u2019]s[ \t]+"
                                     r"(?:death[ \t]+)?toll\b[^.;]{0,60}$", re.IGNORECASE)


def _background(text: str, sentence_start: int, right: int, mention: Mention, doc_date: str) -> bool:
    """A figure for another period than the event: "floods in 2022 killed 1,700", "strikes
    have killed 190 since the ceasefire", "the previous five storms killed 160", "in May 2013,
    a twister killed two" (a year other than the article's own)."""
    this_year = doc_date[:4]
    lead = text[max(sentence_start, mention.start - 90):mention.start]
    if lead.endswith(("'s ", "\u2019s ")) and _A_DAY_S_BEFORE.search(lead):
        return False  # "With Sunday's 24 deaths, the toll since April 1 has risen to 89": that day's
    if " to " in text[max(sentence_start, mention.start - 30):mention.start] and (
            _A_YEAR_S_TALLY_TO_BEFORE.search(text, max(sentence_start, mention.start - 160), mention.start)):
        return True  # "bring the number of people killed by tornadoes in the U.S. in 2027 to 58": the year's
    if "average" in lead and _AN_AVERAGE_BEFORE.search(text, max(sentence_start, mention.start - 60),
                                                       mention.start):
        return True  # "an average of about 3.8 lives lost a day", "On average, 12 people died": no count
    if ("'s " in lead or "\u2019s " in lead) and _A_SEASON_S_TOLL_BEFORE.search(
            text, max(sentence_start, mention.start - 90), mention.start):
        return True  # "taking this spring's death toll on Everest to nine"
    if _IT_OPENING.match(text, sentence_start) and _dated_elsewhere(text, sentence_start, this_year):
        return True  # "... the sinking off Pylos in June 2023. It was carrying up to 750 people"
    if _IN_SEPARATE_EVENTS_OPENING.match(text, sentence_start):
        return True  # "In separate self-defense strikes at about 2 a.m. on July 12, forces destroyed ..."
    if (text.find("past", mention.end, right) >= 0 or text.find("last", mention.end, right) >= 0
            or text.find("first", mention.end, right) >= 0) and (
            _OVER_A_LONG_PERIOD.search(text, mention.end, right)):
        return True  # "has killed thousands of civilians, soldiers and militants ... over the past decade"
    if text.find("first", sentence_start, mention.start) >= 0 and (
            _OVER_A_LONG_PERIOD.search(text, sentence_start, mention.start)):
        return True  # "Hanoi recorded 1,120 fires in the first nine months of 2025, which killed 38 people"
    opening = text[sentence_start:mention.start]
    if ("similar" in opening or "another" in opening or "smaller" in opening or "larger" in opening
            or "earlier" in opening or "previous" in opening or "last" in opening) and (
            _A_SIMILAR_EVENT_BEFORE.search(opening)):
        return True  # "On Monday, a similar strike on the same district killed two people and wounded 30"
    if (":" in opening or ";" in opening) and (
            month := _IN_A_MONTH_CLAUSE_BEFORE.search(text, sentence_start, mention.start)) and (
            _MONTHS[month.group("month").lower()] != _month_of(doc_date)):
        return True  # "Russia launches far larger numbers: in May, according to ..., it sent about 5,600"
    if text.endswith(", ", 0, mention.start) and (
            month := _IN_A_MONTH_COMMA_JUST_BEFORE.search(text, max(sentence_start, mention.start - 16),
                                                          mention.start)) and (
            _MONTHS[month.group("month").lower()] != _month_of(doc_date)):
        return True
    if _SEPARATELY_OPENING.match(text, sentence_start) and (
            _HARM_WORD.search(text, sentence_start, right)
            or _A_LAUNCH_WORD.search(text, sentence_start, right)):
        return True  # "Separately, six people ... drowned while bathing in canals": another count
    if ("war" in text[sentence_start:mention.start] or "conflict" in text[sentence_start:mention.start]) and (
            _THE_WAR_HAS_KILLED.search(text, sentence_start, mention.start)):
        return True  # "The war has killed tens of thousands of people": the whole war's toll
    if _BY_COMPARISON_OPENING.match(text, sentence_start):
        return True  # "By way of comparison, the demonstrations of 12 February had resulted in one death"
    if "recent" in text[sentence_start:right] and _IN_RECENT_YEARS.search(text, sentence_start, right):
        return True  # "Hospital fires have killed dozens of people ... in recent years"
    if _BACKGROUND_LABEL.match(text, text.rfind("\n", 0, sentence_start) + 1):
        return True  # "Background: This is the third night in a row ... On the night of 19-20 March"
    if "after" in text[sentence_start:mention.start] and _ANOTHER_EVENT_BEFORE.search(
            text, max(sentence_start, mention.start - 300), mention.start):
        return True  # "The attack came a week after a missile strike ... killed 23 people"
    if "after" in text[sentence_start:mention.start] and (
            then := _AFTER_AN_EVENT_IN_A_MONTH.search(text, max(sentence_start, mention.start - 120),
                                                      mention.start)) and (
            _MONTHS[then.group("month").lower()] != _month_of(doc_date)):
        return True  # "after a boat capsized in April and 19 people died", in a story of September
    if ("that" in text[max(sentence_start, mention.start - 60):mention.start]
            or "in " in text[max(sentence_start, mention.start - 30):mention.start]) and (
            then := _IN_A_MONTH_THAT_BEFORE.search(text, max(sentence_start, mention.start - 80),
                                                   mention.start)) and (
            _MONTHS[(then.group("month") or then.group("month2")).lower()] != _month_of(doc_date)):
        return True  # "after a weaker storm in July that injured 12 people", in a story of August
    window = max(sentence_start, mention.start - 120)
    if " on " in text[window:mention.start] and (
            then_dated := _ON_AN_EARLIER_DATE_WHEN.search(text, window, mention.start)) and (
            _days_before(then_dated, doc_date) > 3):
        return True  # "after the militia launched drones on January 29, an attack in which 9 drones ..."
    if " on " in text[window:mention.start] and (
            then_dated := _AN_EVENT_ON_A_DATE_BEFORE.search(text, window, mention.start)) and (
            _days_before(then_dated, doc_date) > 3):
        return True  # "a strike on 18 November killed five people in Kyiv", in a story of 9 December
    if (dated := _DATE_OPENING.match(text, sentence_start)) and (
            (days := _days_before(dated, doc_date)) > 3 or (
                days >= 1 and _HAD_BEEN_TOLD_AFTER.match(text, mention.end, right))):
        # "On January 9, the air force reported ..." in a story of January 17: another day's; "As of 08:00
        # on 20 May, 7 dead had been reported", told on 21 May: the count as it stood then
        return True
    if text.endswith("adding to the ", 0, mention.start) and _REPORTED_BY_AFTER.match(text, mention.end):
        return True  # "Two of the injured died overnight, adding to the 4 deaths reported by the police"
    after = _AFTER_FIGURE.match(text, mention.end, right)
    if (_MONTH_OPENING.match(text, sentence_start) or _MONTH_AFTER.match(text, mention.end, right)
            or _SO_FAR_AFTER.match(text, mention.end, right)
            or _COMPARISON_OPENING.match(text, sentence_start)):
        # "In October, Russia launched 5,412 drones"; "80 drones in December alone"; "For
        # comparison, 2,251 Palestinians were killed during the 51-day escalation in 2014"
        return True
    after_end = after.end() if after else right
    if text.endswith(" to ", 0, mention.start) and _BROUGHT_TO_BEFORE.search(
            text, max(0, mention.start - 16), mention.start) and (
            _A_LONGER_TALLY_AFTER.match(text, mention.end, right)):
        return True  # "The 11 killed on Monday bring to 47 the number of suspected gunmen killed in
        # clashes ... since Jan. 1": the longer tally the event's dead go into
    if "from" in text[mention.end:after_end] and (
            earlier := _UP_FROM_AFTER.search(text, mention.end, after_end) or (
                _FROM_A_FIGURE_AFTER.match(text, mention.end) if text.endswith(" to ", 0, mention.start)
                else None)) and not _ANOTHER_YEAR_WITHIN.search(text, earlier.end(), after_end):
        after_end = earlier.start()  # "stood at 14 dead on Sunday, up from 11 a day earlier": the 11's day
    for start, end in ((sentence_start, mention.start), (mention.end, after_end)):
        if any(y.group() != this_year and not _SINCE_BEFORE.search(text, max(start, y.start() - 16),
                                                                    y.start())
               for y in _YEAR.finditer(text, start, end)):
            return True  # "in September 2021, 119 inmates were killed"; "since 2022" is below
        for hit in _PERIOD.finditer(text, start, end):
            if hit.group() in ("had counted", "had recorded", "had tallied", "had listed") and (
                    SAID_THAT_BEFORE.search(text, max(start, hit.start() - 60), hit.start())
                    or _AS_OF_OPENING.match(text, sentence_start)):
                continue  # "KontraS said its volunteers had counted 23 dead": told in the past, counted now
            if _A_PERIOD_S_AFTER.match(text, hit.end()) and hit.end() <= mention.start and (
                    _RISEN_TO_BEFORE.search(text, max(start, mention.start - 16), mention.start)
                    or BRINGING.search(text, max(start, mention.start - 140), mention.start)):
                # "Kentucky's death toll from last week's ice storm rose to 11", "missing in last week's
                # rain, bringing the number of deaths to five": the storm's toll as it is now
                continue
            since = hit.group().lower() == "since"
            if since and (_SINCE_THIS_EVENT.match(text, hit.end())
                          or _since_days_ago(text, hit.end(), doc_date)
                          or _UNCHANGED_BEFORE.search(text, max(start, hit.start() - 16), hit.start())):
                # "has climbed to 344 since Friday", "since June 15" a week on: the event's count;
                # "The toll, unchanged since the operation ended, stands at 18": no other period
                continue
            comparison = since and _SUPERLATIVE.search(text, max(sentence_start, hit.start() - 60),
                                                       hit.start())
            if not comparison:  # "the largest attack since 2022" does not date the figure
                return True
            if hit.end() <= mention.start and _SINCE_AN_EVENT_THAT.fullmatch(text, hit.end(), mention.start):
                return True  # "the deadliest since a missile attack on Odesa on March 2 killed 21 people"
    return False


_DIED_OF_A_CAUSE_AFTER = re.compile(
    r"(?:[ \t]+(?:people|persons|others|of[ \t]+them))?"
    r"(?:[ \t]+in[ \t]+[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*){0,2})?"
    r"[ \t]+(?:died|were[ \t]+killed|perished)[ \t]+(?:in|of|from|by|after)[ \t]+(?:the[ \t]+|a[ \t]+)?"
    r"(?:crash|crashes|collisions?|hypothermia|carbon[ \t]+monoxide|falling|drowning|exposure|heat|cold|"
    r"fires?|electrocution|gunshot|stab|burns?|injuries|wounds|heart|smoke|flood|floods|landslides?|avalanches?|"
    r"trees?|road|traffic|accidents?|infection|cholera|starvation|illness|disease)", re.IGNORECASE)
_A_DAY_S_BEFORE = re.compile(rf"\b(?:{_WEEKDAY_NAMES}|[Yy]esterday|[Tt]oday)['\u2019]s[ \t]+$")
_A_YEAR_S_TALLY_TO_BEFORE = re.compile(
    r"\b(?:number|toll|tally|count)\s+of\s+(?:[^.;]|(?<=[A-Z])\.){0,100}?\b(?:in|so\s+far\s+in|for|during)\s+"
    r"(?:19|20)\d\d\s+"
    r"to\s+(?:about\s+|around\s+|at\s+least\s+|more\s+than\s+|nearly\s+|almost\s+)?$", re.IGNORECASE)
_AN_AVERAGE_BEFORE = re.compile(
    r"\b(?:an|the|a\s+daily|a\s+weekly|a\s+monthly)\s+average\s+of\s+(?:about\s+|around\s+|some\s+|roughly\s+|"
    r"nearly\s+|almost\s+|just\s+(?:over|under)\s+|more\s+than\s+)?$|"
    r"\bon\s+average\b[^.;:]{0,40}$", re.IGNORECASE)
_A_PERIOD_S_AFTER = re.compile(r"(?:[ \t]+[a-z]+)?['\u2019]s[ \t]")  # "last week's", "(in) last week's"
# a reporting verb whose statement goes on in the past perfect: "said its volunteers had counted"
SAID_THAT_BEFORE = re.compile(r"\b(?:said|says|told\s+(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?|our\s+correspondent|"
                               r"reporters)|reported|announced)\s+"
                               r"(?:that\s+)?(?:[\w'\u2019]+\s+){0,3}$")
# "down from seven last year", "up from 9,410 in 2025": a year against a year, not a day against a day
_ANOTHER_YEAR_WITHIN = re.compile(r"\b(?:(?:19|20)\d\d|last\s+(?:year|season)|(?:the\s+)?previous\s+year)\b",
                                  re.IGNORECASE)
_UP_FROM_AFTER = re.compile(r",?[ \t]+(?:up|down)[ \t]+from[ \t]", re.IGNORECASE)
# "had risen to 187 from 146 a day earlier": after "to", the figure it was before
_FROM_A_FIGURE_AFTER = re.compile(r"[ \t]from[ \t]+(?:about[ \t]+|around[ \t]+)?"
                                  r"(?=\d|(?:" + SMALL_NUMBER_WORDS + r")\b)", re.IGNORECASE)
_BROUGHT_TO_BEFORE = re.compile(r"\b(?:bring|brings|brought|bringing|take|takes|took|taking)\s+to\s+$")
_A_LONGER_TALLY_AFTER = re.compile(r"\s+the\s+(?:number|total|tally|toll)\b[^.;]{0,120}?"
                                   r"\b(?:since\s+(?:(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|"
                                   r"(?:19|20)\d\d)|so\s+far\s+this\s+year|this\s+year)",
                                   re.IGNORECASE)
_OVER_A_LONG_PERIOD = re.compile(r"\b(?:over|in|during)\s+the\s+(?:past|last)\s+(?:decade|century|"
                                 r"(?:two|three|four|five|six|seven|eight|nine|ten|several|few|\d+)\s+"
                                 r"(?:years|decades))\b|"
                                 # "recorded 41 deaths ... in the first four months of the year"
                                 r"\b(?:in|during)\s+the\s+first\s+(?:half|quarter|(?:\w+\s+)?months)\s+of\s+"
                                 r"(?:(?:the|this)\s+year\b|(?:19|20)\d\d\b)", re.IGNORECASE)
_IN_RECENT_YEARS = re.compile(r"\b(?:in|over)\s+(?:the\s+)?recent\s+(?:years|decades|months)\b",
                              re.IGNORECASE)
_UNCHANGED_BEFORE = re.compile(r"\b(?:unchanged|unrevised|steady|not\s+changed)\s+$", re.IGNORECASE)


# people on board, what the outcomes rule holds the dead, missing and rescued against
ABOARD = re.compile(r"\b(?:on[ \t-]?board|aboard|carrying|conveying|ferrying|travell?ing[ \t]+on|boarded|"
                    # "prosecutors said 44 people were on the bus"
                    r"(?:were|was)[ \t]+on[ \t]+(?:the|a)[ \t]+"
                    r"(?:bus|boat|ferry|train|plane|coach|minibus|vessel)\b|"
                    # "Of the 48 passengers on the boat, 22 were rescued"
                    r"(?<=passengers[ \t])on[ \t]+the[ \t]+(?:boat|ferry|vessel|launch|canoe|bus|train)\b|"
                    # "52 people had set off from Libya in the boat"
                    r"(?:had[ \t]+)?set[ \t]+(?:off|out|sail)[ \t]+from\b|"
                    # "Of the 52 people who were at home in the 14 buried houses, 21 ..."
                    r"who[ \t]+(?:were|was)[ \t]+(?:at[ \t]+home|inside)\b|"
                    r"(?:crowded|packed|crammed|squeezed)[ \t]+(?:onto|into|on)\b|"
                    # "the ship had 21 crew members"
                    r"(?:ship|vessel|boat|ferry|tanker|freighter|carrier|trawler|bus|minibus|plane|aircraft|"
                    r"train)[ \t]+had\b)", re.IGNORECASE)
_ABOARD_NEAR = Contains(ABOARD, ("board", "carrying", "conveying", "ferrying", "travel", "crowded", "packed",
                                 "crammed", "squeezed", "home", "inside", "set", " had",
                                 # "were on the bus", "passengers on the boat"
                                 "bus", "boat", "ferry", "train", "plane", "coach", "vessel", "launch",
                                 "canoe"))
# a sentence that goes on about the thing the sentence before named: "It was carrying ..."
_IT_OPENING = re.compile(r"(?:It|They)\s+(?:was|were|had|killed|left|claimed|carried|injured|wounded)\b")


def _dated_elsewhere(text: str, sentence_start: int, this_year: str) -> bool:
    """Whether the sentence before, in the same paragraph, names a year other than this one."""
    line_start = text.rfind("\n", 0, sentence_start) + 1
    before = text.rfind(". ", line_start, max(line_start, sentence_start - 2))
    start = before + 2 if before >= 0 else line_start
    return start < sentence_start and any(
        y.group() != this_year and not _SINCE_BEFORE.search(text, max(start, y.start() - 16), y.start())
        for y in _YEAR.finditer(text, start, sentence_start))


_ALSO_HARMED_BEFORE = re.compile(r"\b(?:was|were)[ \t]+also[ \t]+(?:killed|injured|wounded|hurt|martyred)\b"
                                 r"[^.;]{0,40}$")
_ALSO_RECOVERED = re.compile(r"\balso\s+(?:been\s+)?(?:recovered|retrieved|found|pulled|exhumed|"
                             r"brought\s+out)\b", re.IGNORECASE)
_BACKGROUND_LABEL = re.compile(r"[ \t]*(?:Background|Context|For\s+context|Previously)[ \t]*:", re.IGNORECASE)
# ", also in Minas Gerais, which killed": an aside before the event's relative clause
_SINCE_AN_EVENT_THAT = re.compile(r"\s+(?:a|an|the)\s+(?:[^,.;]{3,90}?|[^,.;]{3,60}(?:,[^,.;]{1,50}){1,2},\s+"
                                  r"(?:which|that)\s+)\b(?:killed|left|claimed|wounded|injured)"
                                  r"\s+(?:at\s+least\s+|more\s+than\s+|nearly\s+|about\s+)?", re.IGNORECASE)
_COMPARISON_OPENING = re.compile(r"[ \t*\u2022-]*(?:For|By|In)\s+comparison\b", re.IGNORECASE)


def _level_risen_from(text: str, sentence_start: int, mention: Mention) -> bool:
    """"The toll has risen steadily since Tuesday evening, when officials reported seven deaths";
    "In a first statement that afternoon, the health ministry said 11 people had been killed":
    the level the toll rose from."""
    if _A_FIRST_STATEMENT_OPENING.match(text, sentence_start, mention.start):
        return True
    before = text[sentence_start:mention.start]
    near = max(sentence_start, mention.start - 40)
    if " had " in text[near:mention.start] and _HAD_BEEN_LISTED_AMONG_BEFORE.search(
            text, near, mention.start):
        return True  # "Both had been listed among the eight persons reported missing last night": then
    if " already " in text[mention.end:mention.end + 40] and _HAD_ALREADY_BEEN_AFTER.match(text, mention.end):
        return True  # "raising the toll to four ... Three people had already been confirmed dead": before
    if ("updat" in before or "supersed" in before or "replaces" in before) and (
            _AN_UPDATED_STATEMENT_BEFORE.search(before[-200:])):
        return True  # "This statement updates the statement of 9 June, which reported five deaths and six
        # people missing": what the statement updated
    if mention.start - sentence_start < 140 and any(
            word in before.lower() for word in ("first", "initial", "preliminary", "earliest")
    ) and _A_FIRST_TALLY_PUT_OPENING.fullmatch(
            text, sentence_start, mention.start):
        return True  # "The interior ministry's first tally, released before midnight, put the dead at 14"
    if text.endswith("from ", max(0, mention.start - 5), mention.start) and _FROM_N_TO_A_TOLL.search(
            text, max(sentence_start, mention.start - 80), mention.end + 100):
        return True  # "bringing the toll from 14 to 17": the level it rose from
    return ", when " in text[max(sentence_start, mention.start - 70):mention.start] and bool(
        _RISEN_SINCE_WHEN_BEFORE.search(text, max(sentence_start, mention.start - 150), mention.start))


# "rises from four, as communicated in our statement of 06:00, to five": with an aside between
_FROM_N_TO_A_TOLL = re.compile(r"\b(?:toll|tally|count|number|list|figure|total)\b[^.;]{0,40}?\bfrom[ \t]+"
                               r"[^\s,]+(?:,[^.;]{0,80}?,)?[ \t]+to[ \t]+\S")
_HAD_BEEN_LISTED_AMONG_BEFORE = re.compile(r"\bhad[ \t]+been[ \t]+(?:listed|counted|included|reported)[ \t]+"
                                           r"(?:among|as[ \t]+one[ \t]+of)[ \t]+(?:the[ \t]+)?$")
_HAD_ALREADY_BEEN_AFTER = re.compile(r"[ \t]+(?:[a-z]+[ \t]+)?had[ \t]+already[ \t]+been[ \t]+"
                                     r"(?:confirmed|reported|declared|pronounced|found|counted|recovered)\b")
_AN_UPDATED_STATEMENT_BEFORE = re.compile(
    r"\b(?:updates|supersedes|replaces)[ \t]+(?:the|its|our|a)[ \t]+(?:[\w'\u2019\-]+[ \t]+){0,4}?"
    r"(?:statement|bulletin|report|release|update|communiqu\w+)\b[^.;]{0,100}$")
_A_FIRST_TALLY_PUT_OPENING = re.compile(
    r"[ \t\"\u201c]*(?:The|An?|Its|Their)[ \t]+(?:[\w'\u2019\-]+[ \t]+){0,4}?"
    r"(?:first|initial|preliminary|earliest)[ \t]+(?:tally|count|toll|figures?|estimate)\b[^.;]{0,60}?"
    r"\b(?:put|gave|showed|reported|listed)\b[^.;\d]{0,25}", re.IGNORECASE)
_A_FIRST_STATEMENT_OPENING = re.compile(
    r"[ \t\"\u201c]*(?:In|At|By)[ \t]+(?:a|an|its|their|the)[ \t]+(?:first|initial|earlier|preliminary)[ \t]+"
    r"(?:statement|report|count|update|tally|bulletin|briefing|post|toll)\b", re.IGNORECASE)


def _superseded(text: str, clause_start: int, mention: Mention) -> bool:
    """"The toll rose to 14 from 12", "up from 268 deaths reported on Monday": the figure
    after "from" is the one replaced."""
    if "from" in text[max(clause_start, mention.start - 40):mention.start].lower() and _UP_FROM.search(
            text, max(clause_start, mention.start - 40), mention.start):
        return True
    if _EARLIER_LEVEL_BEFORE.search(text, max(clause_start, mention.start - 50), mention.start):
        return True
    if " than " in text[max(clause_start, mention.start - 30):mention.start] and (
            _N_MORE_THAN_THE_BEFORE.search(text, max(clause_start, mention.start - 40), mention.start)):
        return True  # "has now killed 52 people ..., 15 more than the 37 deaths the ministry announced"
    if " and " in text[max(clause_start, mention.start - 40):mention.start] and _UP_FROM_AND_BEFORE.search(
            text, max(clause_start, mention.start - 50), mention.start):
        return True  # "31 killed and 118 injured ..., up from 23 dead and 87 injured in the morning"
    return bool(_FROM_BEFORE.search(text, max(clause_start, mention.start - 20), mention.start)
                and _UPDATE_VERB.search(text, clause_start, mention.start))


_RISEN_SINCE_WHEN_BEFORE = re.compile(
    r"\b(?:risen|rose|climbed|grown|grew|increased|gone\s+up|jumped|doubled)\b[^.;]{0,40}?\bsince\b"
    r"[^.;,]{1,50},?\s+when\s+(?:[^.;,]{0,50}?\s+)?(?:reported|put\s+it\s+at|put\s+the\s+toll\s+at|gave|"
    r"recorded|counted|confirmed|(?:it|the\s+toll|the\s+figure)\s+stood\s+at|there\s+were)\s+"
    r"(?:at\s+least\s+|about\s+|some\s+|around\s+|only\s+|just\s+)?$", re.IGNORECASE)
# "The toll had stood at nine on Wednesday evening", "was earlier put at 12", "an earlier figure
# of 30": the level the current figure replaced
_EARLIER_LEVEL_BEFORE = re.compile(
    r"\b(?:had\s+(?:earlier\s+|previously\s+|initially\s+)?(?:stood|been)\s+(?:(?:put|given|estimated)\s+)?"
    r"(?:at\s+)?|"  # "The toll had been put at 11 on Tuesday night"
    # "The prosecutor's office had on Tuesday night reported three injured"
    # "Preliminary figures released last week showed 1,118 deaths": the count before the latest
    r"(?:preliminary|provisional|initial|earlier|first)\s+(?:figures|data|counts?|tall(?:y|ies))\b[^.;]{0,30}?"
    # "The interior ministry's first tally, released before midnight, put the dead at 14"
    r"\b(?:showed|put|gave|had|recorded|reported)\s+(?:the\s+(?:dead|death\s+toll|toll|injured|wounded)\s+at\s+)?|"
    rf"had\s+(?:on\s+(?:{_WEEKDAY_NAMES})"
    r"(?:\s+(?:night|evening|morning|afternoon))?\s+|earlier\s+|initially\s+|first\s+|previously\s+)?"
    r"reported\s+|"
    r"(?:was|were|had\s+been)\s+(?:earlier|previously|initially|first)\s+(?:put|given|reported|estimated|"
    r"reported\s+as)\s+(?:at\s+)?|"
    r"(?:an?\s+|the\s+)?(?:earlier|previous|initial)\s+(?:toll|tally|figure|count|estimate)\s+"
    r"(?:of|was|had\s+been|stood\s+at)\s+)(?:at\s+least\s+|about\s+|some\s+|around\s+)?$", re.IGNORECASE)


def _may_state_a_condition(text: str, end: int) -> bool:
    window = text[end:end + 100].lower()
    return ("condition" in window or "hospital" in window or "intensive" in window or "support" in window
            or "institute" in window or "clinic" in window or "unit" in window or "treat" in window
            or "care" in window or "admission" in window
            or "ventilat" in window)  # "a doctor said eight were on ventilators"


def _may_name_attackers(text: str, left: int, right: int) -> bool:
    clause = text[left:right].lower()
    return ("includ" in clause or "among" in clause or "counting" in clause) and any(
        w in clause for w in ("gunm", "shooter", "attacker", "assailant", "bomber", "perpetrator",
                              "suspect", "hijacker", "knifem", "driver"))


def _facility_count(text: str, sentence_start: int, mention: Mention, counted: _Counted,
                    who: str | None = None) -> str | None:
    """"A doctor at the Saudi Hospital said it had received 19 bodies": one hospital's count,
    scoped to that hospital (its name, else the word), not a rival of the event's toll; so is
    "Medical City Fort Worth said it was treating 2 patients"."""
    window = text[max(sentence_start, mention.start - 80):mention.start].lower()
    if _MORTUARY.search(text, max(sentence_start, mention.start - 30), min(len(text), mention.end + 40)):
        return "mortuary"  # "Our mortuary holds 19 bodies", "11 of the 19 bodies in its mortuary"
    if counted.group in (None, "person") and counted.noun is not None and (
            taken := _TAKEN_TO_A_NAME_AFTER.match(text, counted.end)):
        return taken.group("name")  # "one of four people brought to Motol with gunshot wounds"
    brought = _BROUGHT_AFTER.match(text, mention.end) if counted.group in (None, "person") else None
    if brought and brought.group("name"):
        return brought.group("name")  # "two bodies ... were shifted to the Combined Military Hospital"
    if brought and who and _FACILITY_NAME.search(who):
        return who  # "A spokesperson for the Civil Hospital said 15 bodies had been brought there"
    if brought:
        # "Kamuzu Central Hospital received most of the casualties. A hospital spokesperson said 48
        # injured people had been brought there": the hospital named just before
        back = max(text.rfind("\n", 0, sentence_start) + 1, sentence_start - 300)
        named = [m.group() for m in _NAMED_FACILITY.finditer(text, back, mention.start)]
        if named:
            return named[-1]
    if "receiv" not in window and "admit" not in window and "took in" not in window and "treat" not in window:
        return None
    if counted.group not in (None, "person") or not _RECEIVED_BEFORE.search(
            text, max(sentence_start, mention.start - 80), mention.start):
        return None
    named = [m.group() for m in _NAMED_FACILITY.finditer(text, sentence_start, mention.start)]
    if named:
        return named[-1]
    if who and _FACILITY_NAME.search(who):
        return who
    generic = [m.group().lower() for m in _FACILITY.finditer(text, sentence_start, mention.start)]
    return generic[-1] if generic else None


# a reduced relative right after the counted people: where these were taken, a part of the harmed
_TAKEN_TO_A_NAME_AFTER = re.compile(
    r"[ \t]+(?:brought|taken|rushed|admitted|airlifted|flown|transferred)[ \t]+to[ \t]+(?:the[ \t]+)?"
    r"(?P<name>[A-Z][\w'\u2019\-]*(?:[ \t]+[A-Z][\w'\u2019\-]*){0,3})")
_FACILITY_NAME = re.compile(r"\b(?:Hospital|Medical|Clinic|Infirmary|Health\s+Cent(?:re|er))\b")
_BROUGHT_AFTER = re.compile(
    # (not across another figure's clause: "Of the 53 injured, 29 were taken to ...")
    r"(?:(?!,[ \t]+\d)[^.;:]){0,60}?\b(?:had\s+been|have\s+been|were|was)\s+"
    r"(?:brought|taken|shifted|transferred|moved|rushed|"
    r"referred)\s+(?:there\b|to\s+(?:the\s+)?(?P<name>(?:[A-Z][\w'\u2019.\-]*\s+){1,4}(?:Hospital|"
    r"Medical\s+Cent(?:re|er)|Clinic|Infirmary))\b)")


_COUNTED_NOUNS = {"arrests": "arrested", "deaths": "killed", "fatalities": "killed", "injuries": "injured",
                  "abductions": "abducted", "kidnappings": "abducted", "rescues": "rescued"}
_THE_COUNTED_WERE_IN_N_PLACES_OPENING = re.compile(
    rf"[ \t\"\u201c]*The[ \t]+(?P<noun>{'|'.join(_COUNTED_NOUNS)})"
    r"[ \t]+(?:were|was)[ \t]+(?:made|recorded|reported|registered|carried[ \t]+out|spread)?[ \t]*"
    r"(?:in|across|over)[ \t]+(?:the[ \t]+)?\w+[ \t]+(?:[\w-]+[ \t]+)?(?:divisions|districts|provinces|"
    r"regions|states|counties|parishes|precincts|municipalities|towns|villages|areas|neighbou?rhoods|wards)"
    r"[ \t]*:[ \t]*",
    re.IGNORECASE)
_THE_DEAD_ARE_OPENING = re.compile(r"[ \t\"\u201c]*(?:The\s+(?:[\w,]+\s+)?(?:dead|victims|deceased)"
                                   # "The victims, identified by police on Tuesday, were six women ..."
                                   r"(?:,\s+(?:identified|named)\b[^,;.]{0,60},)?"
                                   r"(?:\s+[a-z]+){0,3}?\s+(?:are|were|include|included|comprise|comprised|"
                                   r"consist\s+of|consisted\s+of)|"
                                   r"Among\s+the\s+(?:dead|victims|deceased)\s+(?:are|were))\s+"
                                   # "The dead were from three parishes: six in St. Elizabeth, ..."
                                   r"(?:from\s+(?:\w+\s+)?(?:parishes|districts|provinces|regions|states|"
                                   r"counties|villages|towns|municipalities|countries)\s*:\s*)?")
_THE_INJURED_ARE_OPENING = re.compile(r"[ \t\"\u201c]*The\s+(?:[\w,]+\s+)?(?:injured|wounded)"
                                      r"(?:\s+[a-z]+){0,3}?(?:\s+(?:are|were|include|included)\s+|"
                                      # "The nine injured workers — four employed by ..., three by ..."
                                      r"\s*(?:\u2014|\u2013|--)\s*)")
_TOLD_THAT_THE_VICTIMS_WERE = re.compile(r"\bthat[ \t]+the[ \t]+(?P<who>dead|victims|deceased)[ \t]+"
                                         r"(?:are|were|included|include|comprised)[ \t]+")
_PEOPLE_HARMED = frozenset({"killed", "injured", "abducted", "missing"})
_LIST_STOPS = re.compile(r"[;:]")
_ANOTHER_LIST_HEAD = re.compile(r"\bthe[ \t]+(?:injured|wounded|dead|missing|survivors|rescued)\b",
                                re.IGNORECASE)
_A_FIGURE_OF_THE_BEFORE = re.compile(r"\d[\d,]*\s+(?:out\s+)?of\s+(?:the|all)\s+$")


# a rescue's own tally: those it pulled out alive and the bodies it recovered from one site
_RUBBLE_TALLY = re.compile(r"\b(?:pulled|rescued|brought|dug)\b[^.;]{0,50}?\balive\b[^.;]{0,60}?"
                           r"\b(?:recovered|pulled|retrieved|found)[ \t]+the[ \t]+bodies[ \t]+of[ \t]+$",
                           re.IGNORECASE)
_AIMED_AT_AFTER = re.compile(r"[ \t]+(?:were|was)[ \t]+(?:aimed|directed|headed|heading|sent|flying)[ \t]+"
                             r"(?:at|to|toward|towards|into)\b")
_THE_MISSING_FOUND = re.compile(r"\b(?:bodies|remains)[ \t]+of[ \t]+(?:the|all)[ \t]+$", re.IGNORECASE)
_WHO_WERE_MISSING = re.compile(r"(?:[ \t]+[a-z-]+){0,2}?[ \t]+(?:who|that)[ \t]+"
                               r"(?:were|had[ \t]+been|was)[ \t]+(?:still[ \t]+)?(?:missing|unaccounted)")


_A_KIND_OF_WEAPON_NAMED = re.compile(r"\b(?:ballistic|cruise|aeroballistic|anti-radar|Shahed|Iskander|Kalibr|"
                                     r"Kinzhal|Kh-\d+)", re.IGNORECASE)
# "the families of the eight deceased" are all the dead's: only "families of 3 deceased" are some
_FAMILIES_OF_BEFORE = re.compile(r"\b(?:families|family|relatives|next\s+of\s+kin)\s+of\s+$",
                                 re.IGNORECASE)
_BY_AREA_OPENING = re.compile(r"[ \t\"\u201c]*By[ \t]+(?:region|province|state|district|county|city|country|"
                              r"department|governorate|prefecture)[ \t]*,")
_OF_THE_N_BEFORE = re.compile(r"\bof[ \t]+the[ \t]+\d[\d,]*[ \t]+[a-z]+(?:[ \t]+[a-z]+)?[ \t]*,?[ \t]+"
                              r"(?:only[ \t]+|just[ \t]+)?$", re.IGNORECASE)
_INCLUDING_OPENING = re.compile(r"[ \t\"\u201c]*(?:Including|Counting)[ \t]+(?:the[ \t]+)?")
_AUXILIARIES = ("were ", "was ", "are ", "is ", "have ", "has ", "had ", "been ")
_PART_OF_THE_FIGURE_AFTER = re.compile(r"[^.;]{0,60}?,[ \t]+part[ \t]+of[ \t]+"
                                       r"(?:the[ \t]+|a[ \t]+total[ \t]+of[ \t]+)?\d")
_ONE_WAVE_BEFORE = re.compile(r"\b(?i:the|its|their|a)\s+"
                              r"(?i:first|second|third|fourth|fifth|last|final|initial|opening)\s+"
                              r"(?i:barrage|salvo|wave|volley)\b")


_HURT_THEN_STILL_IN_HOSPITAL_AFTER = re.compile(
    r"[ \t]+(?:people[ \t]+|persons[ \t]+)?(?:injured|wounded|hurt)\b"
    # "injured in Saturday's crush at the Philippine Arena in Bocaue, Bulacan remained in hospital"
    r"(?:[^.;,]|,[ \t]+(?=(?-i:[A-Z][a-z]+)[ \t]+remain)){0,90}?[ \t]+(?:remain(?:ed|s)?|"
    r"(?:were|are|was|is)[ \t]+still)[ \t]+in[ \t]+(?:the[ \t]+)?(?:hospitals?|intensive[ \t]+care)\b",
    re.IGNORECASE)
_A_GROUP_CARRIED_BEFORE = re.compile(
    r"\boccupied[ \t]+by[ \t]+(?:about[ \t]+|some[ \t]+|more[ \t]+than[ \t]+|nearly[ \t]+)?$")
_NUMBER_IDENTIFIED_TO_BEFORE = re.compile(
    r"\b(?:number|count|total|tally)[ \t]+(?:of[ \t]+(?:bodies|victims|dead)[ \t]+)?identified[ \t]+"
    r"(?:so[ \t]+far[ \t]+)?(?:to|at)[ \t]+$", re.IGNORECASE)
_DEATHS_AFTER = re.compile(r"[\w-]+[ \t]+(?:more[ \t]+)?(?:deaths|fatalities)\b")
_VERIFIED_BEFORE = re.compile(r"\b(?:have|has|had)\s+(?:independently\s+|so\s+far\s+|now\s+)?verified\s+"
                              r"(?:at\s+least\s+)?$")
_AFTER_THE_DEATHS_OPENING = re.compile(
    r"[ \t\"\u201c]*(?:After|Following|With)[ \t]+(?:the|these|those)[ \t]+")


_DEATHS_OF_A_GROUP = re.compile(r"[ \t]+deaths[ \t]+of[ \t]+(?:alleged[ \t]+|suspected[ \t]+)?"
                                r"(?!people\b|persons\b)(?:[a-z-]+[ \t]+)?[a-z-]+s\b")
_AND_THE_OTHER_AFTER = re.compile(r"[^.;]{0,160}?\b(?:and|while)[ \t]+the[ \t]+other\b|"
                                  # "One was brought out alive. We are still waiting for the other"
                                  r"[^.;]{0,120}?[.;][\"\u201d]?[ \t]+[^.;]{0,80}?\b[Tt]he[ \t]+other"
                                  r"(?:[ \t]+one)?"
                                  r"(?=[ \t]*[.,;!?\"\u201d\u2019]|[ \t]+(?:is|was|remains|has)\b)")
_THE_NUMBER_OF_A_GROUP_TO_BEFORE = re.compile(
    r"\bthe[ \t]+number[ \t]+of[ \t]+(?:[A-Z][a-z-]+s|(?:its|their)[ \t]+(?:nationals|citizens|compatriots))"
    r"[ \t]+"
    # "the number of its nationals killed had risen to five": one country's share
    r"(?:killed|dead|injured|wounded|who[ \t]+died)(?:[ \t]+(?:had|has|have)[ \t]+(?:risen|climbed|grown))?"
    r"[ \t]+to[ \t]+$")
_STILL_IN_CARE_AFTER = re.compile(r"(?:[ \t]+[a-z]+){0,2}[ \t]+(?:still|remain)[ \t]+(?:with[ \t]+us|in[ \t]+"
                                  r"(?:the[ \t]+)?hospitals?|admitted|in[ \t]+our[ \t]+care|"
                                  # "One pupil is still in a critical condition": one of the wounded
                                  r"in[ \t]+(?:a[ \t]+)?(?:critical|serious|grave|stable)[ \t]+condition|"
                                  r"under[ \t]+(?:medical[ \t]+)?(?:care|treatment)|"
                                  r"on[ \t]+admission)\b")
_WHO_LATER_DIED_AFTER = re.compile(r"[ \t]+who[ \t]+(?:later[ \t]+|had[ \t]+|have[ \t]+|since[ \t]+)*died\b")
_TOLD_BEFORE_AFTER = re.compile(r",|[ \t]+(?:bodies|victims|dead)[ \t]+(?:were|are)[ \t]+(?:those|all)\b")
_THESE_BEFORE = re.compile(r"\b(?:these|those)[ \t]+$", re.IGNORECASE)


_IN_ADDITION_TO_OPENING = re.compile(r"[ \t\"\u201c]*(?:In[ \t]+addition[ \t]+to|Besides|Apart[ \t]+from)"
                                     r"[ \t]+(?:the|those|these)[ \t]+[^,.;]{0,40}\b"
                                     r"(?:patients|wounded|injured)"
                                     r"[^,.;]{0,20},[^.;]{0,60}\b(?:treated|admitted|received|saw)[ \t]+")
# "As of 8 a.m. Monday, the Philippine Coast Guard had recorded nine dead": the count at that hour
_AS_OF_OPENING = re.compile(r"[ \t\"\u201c]*As[ \t]+of[ \t]")
_A_NAME_AFTER = re.compile(r"[ \t]+[A-Z\u00C0-\u00DE]")
_REPORTED_BY_AFTER = re.compile(r"(?:[ \t]+[a-z]+)?[ \t]+(?:reported|announced|confirmed|given|counted)[ \t]+"
                                r"(?:by|on|earlier|before|in)\b")
_ONCE_TRAPPED_NOW_RESCUED_AFTER = re.compile(
    r"[ \t]+who[ \t]+(?:were|had[ \t]+been)[ \t]+trapped\b[^.;]{0,100}?[ \t]+(?:have|has|had)[ \t]+"
    r"(?:now[ \t]+)?"
    r"been[ \t]+(?P<verb>rescued|pulled[ \t]+out|brought[ \t]+(?:out|up|to[ \t]+the[ \t]+surface))")
# "by more than 60 rescuers", "in an operation involving about 300 troops": who did the work
_BY_A_TEAM_BEFORE = re.compile(r"\b(?:by|involving|deploying|using)[ \t]+(?:(?:more[ \t]+than|some|about|"
                               r"around|at[ \t]+least|over|nearly)[ \t]+)?$")
_RESPONDERS = re.compile(r"\b(?:rescuers|firefighters|rescue[ \t]+workers|volunteers|medics|paramedics|"
                         r"soldiers|troops|police[ \t]+officers|officers|personnel)\b")
_SAVED_BEFORE = re.compile(r"\b(?:saved|saving|save|saves)[ \t]+(?:[a-z]+[ \t]+){0,2}$")
# "The second bomb, planted about 200 metres further along the road, went off ...": one of the attack's
# blasts, its dead some of all the attack's
_ONE_OF_SEVERAL_BLASTS_OPENING = re.compile(
    r"[ \t\"\u201c]*The[ \t]+(?:first|second|third|fourth|other|latter|former|last)[ \t]+(?:[\w-]+[ \t]+)?"
    r"(?:bomb|blast|explosion|device|bomber|attacker|strike|missile|drone|rocket|shell)s?\b")
_PART_OF_A_NAME_AFTER = re.compile(r"['\u2019]?[ \t]+(?:Hospital|Medical|Brigades?|Square|Street|Road|Bridge|"
                                   r"School|Stadium|Memorial|Cemetery|Mosque|Hall|Complex|Camp)\b")
_ALSO_TREATED_BEFORE = re.compile(r"\balso[ \t]+(?:treated|admitted|received|took[ \t]+in|saw)[ \t]+"
                                  r"(?:[^.;:]{0,140}?\band[ \t]+)?$")


_THE_SAME_PERIOD = re.compile(
    r"\b(?:during|in|over|for)\s+the\s+same\s+(?:period|time|span|months|weeks|days)\b", re.IGNORECASE)


def _another_noun_elided(text: str, mention: Mention, state: _ReadingState, lexicon: Lexicon) -> bool:
    """"31 flights were delayed and four were sent to alternate airports": four flights, the noun
    the clause before said, not the drones counted sentences before."""
    before = state.sentence_claims[-1] if state.sentence_claims else None
    return (before is not None and before.entity is not None and before.unit == "count"
            and lexicon.entity_group(before.entity.lower()) not in WEAPON_GROUPS
            and before.entity.lower() not in _ANYONE_NOUNS
            and _ELIDED_AFTER_AND.fullmatch(text, before.end, mention.start) is not None)


_INCLUDING_THE_BEFORE = re.compile(r"\b(?:including|among\s+them)\s+(?:the\s+)?$", re.IGNORECASE)
_DIED_RIGHT_AFTER = re.compile(r"[ \t]+(?:of[ \t]+them[ \t]+)?(?:died|were[ \t]+killed|perished)\b")
_FROM_ONE_OF_SEVERAL_AFTER = re.compile(
    r"(?:[ \t]+(?:bodies|people|passengers|survivors))?[ \t]+from[ \t]+(?:the[ \t]+)?"
    r"(?:first|second|third|fourth|fifth|last|another|one)[ \t]+(?:[\w-]+[ \t]+)?"
    r"(?:coach|carriage|bus|car|vehicle|building|house|boat|compartment|wagon|block)\b", re.IGNORECASE)
_DEPOSITED_AFTER = re.compile(r"[ \t]+(?:had[ \t]+been|have[ \t]+been|were)[ \t]+(?:deposited|taken|moved|"
                              r"brought|kept|lying)[ \t]+(?:at|to|in)[ \t]+(?:the[ \t]+)?"
                              r"(?:[\w-]+[ \t]+){0,2}(?:mortuary|morgue)\b", re.IGNORECASE)
_COUNTS_OF_BUILDINGS = frozenset({"buildings_damaged"})
_THE_TOLL_ROSE_AFTER_OPENING = re.compile(r"[ \t\"\u201c]*The[ \t]+(?:death[ \t]+)?toll[ \t]+(?:rose|climbed|"
                                          r"increased|went[ \t]+up|has[ \t]+risen|had[ \t]+risen)"
                                          r"[ \t]+after[ \t]")


# "in the week to March 10, bringing the toll of an outbreak declared in November to 241"
_A_WEEK_S_ON_THE_WAY_AFTER = re.compile(
    r"(?:[ \t]+[a-z]+){0,2}?[ \t]+(?:in|over|during)[ \t]+the[ \t]+(?:past[ \t]+|last[ \t]+)?"
    r"(?:week|fortnight)[ \t]+"
    r"(?:to|ending|up[ \t]+to|until|through)[ \t]+[^,.;]{1,30},[ \t]+(?:bringing|taking|raising|pushing)\b")


def _role(text: str, sentence_start: int, mention: Mention, counted: _Counted) -> str:
    before = text[max(sentence_start, mention.start - 30): mention.start]
    person = counted.group in (None, "person")
    if person and before.endswith(("The ", "the ")) and _OTHER_HARMED_AFTER.match(text, mention.end):
        return "increment"  # "The two other wounded, a school cook and a janitor, were stabbed": besides
    if person and (before.endswith(" added ") or _ADDED_N_AND_BEFORE.search(before)) and _A_DAY_OPENING.match(
            text, sentence_start):
        return "increment"  # "Friday, when many holidaymakers drove back to Bangkok, added 27 deaths"
    if person and (_INCREMENT_BEFORE.search(before) or _INCREMENT_AFTER.match(text, mention.end) or (
            " by " in before and _A_TOLL_ROSE_BY_BEFORE.search(text, max(sentence_start, mention.start - 60),
                                                               mention.start)) or (
            " added" in text[mention.end:mention.end + 100] and _WERE_ADDED_AFTER.match(text, mention.end))):
        return "increment"  # "two more bodies"; "another 40 drones were lost" is a count of its own
    if person and " week" in text[mention.end:mention.end + 30] and _A_WEEK_S_ON_THE_WAY_AFTER.match(
            text, mention.end):
        return "increment"  # "27 deaths in the week to March 10, bringing the toll ... to 241": the week's
    after = text[mention.end:mention.end + 60]
    near = max(sentence_start, mention.start - 60)
    if person and before.endswith(("all ", "All ", "all the ")) and _DIED_RIGHT_AFTER.match(
            text, mention.end):
        return "subset"  # "The crew were two Ukrainian nationals and one Kenyan national; all three died"
    if person and " from " in text[mention.end:mention.end + 30] and _FROM_ONE_OF_SEVERAL_AFTER.match(
            text, mention.end):
        return "subset"  # "recovered five bodies from the third overturned coach": one coach's dead
    if person and " after " in text[sentence_start:mention.start] and (
            rose := _THE_TOLL_ROSE_AFTER_OPENING.match(text, sentence_start)) and rose.end() <= mention.start:
        return "increment"  # "The toll rose after rescue workers recovered one more body ... and two injured
        # people died in the hospital overnight": what raised the toll, not the toll
    if person and (opening := _IN_ADDITION_TO_OPENING.match(text, sentence_start)) and opening.end() <= (
            mention.start):
        return "increment"  # "In addition to the gunshot patients, our emergency department treated four
        # people for injuries they suffered while leaving the park": others besides
    if person and text.find(" also ", sentence_start, mention.start) >= 0 and _ALSO_TREATED_BEFORE.search(
            text, max(sentence_start, mention.start - 160), mention.start):
        return "increment"  # "The Children's Clinic also treated two pupils who broke bones ... and nine
        # pupils who were treated for shock": patients besides the wounded counted before
    if person and before.endswith(("included the ", "includes the ", "include the ")):
        return "subset"  # "Our figure of 12 on Tuesday included the two bodies found by fishermen"
    if person and before.endswith(("where the ", "when the ")):
        return "subset"  # "at Quelelene beach, where the three bodies had been found": those named before
    if person and " up " in after and _MAKE_UP_A_SHARE_AFTER.match(text, mention.end):
        return "subset"  # "Malaga's 11 deaths make up almost a third of the 38 people who have drowned"
    if person and before.endswith(("its ", "their ")) and _A_COUNTRY_S_OWN_BEFORE.search(before):
        return "subset"  # "Spain flew home its two dead and seven injured": one country's share
    if person and ("lifted" in after or "flown" in after or "referred" in after or "transferred" in after
                   ) and _SENT_ON_TO_AFTER.match(text, mention.end):
        return "subset"  # "Of the six airlifted to the Georgetown Public Hospital": some of the injured
    if person and before.endswith("the ") and _BESIDES_THE_BEFORE.search(before):
        return "subset"  # "Besides the three bodies, the drop is explained by ...": those told before
    if person and ("intensive" in after or "ICU" in after) and _OUT_OF_INTENSIVE_CARE_AFTER.match(
            text, mention.end):
        return "subset"  # "Two patients were moved out of intensive care": some of the injured
    if person and " of " in text[mention.end:mention.end + 24] and _RESIDENTS_OF_ONE_TOWN_AFTER.match(
            text, mention.end):
        return "subset"  # "three residents of her town were killed": one town's share of the region's toll
    if person and ("saw " in before or "seen " in before) and _A_WITNESS_SAW_BEFORE.search(before):
        return "subset"  # "he had seen three bodies being carried out": those one witness saw
    if person and ("killer" in text[near:mention.start] or "cause" in text[near:mention.start]
                   or "location" in text[near:mention.start] or "setting" in text[near:mention.start]
                   or "activity" in text[near:mention.start]) and (
            _THE_BIGGEST_KILLER_BEFORE.search(text, near, mention.start)):
        return "subset"  # "Falls from height were again the biggest killer, responsible for 38 deaths"
    if person and "day" in text[sentence_start:mention.start] and _THE_DEADLIEST_DAY_BEFORE.search(
            text, max(sentence_start, mention.start - 140), mention.start):
        return "subset"  # "the deadliest single day on the roads was March 18, ..., when 61 were killed"
    if person and mention.start - sentence_start < 140 and (_ONE_KIND_OF_ATTACK_OPENING.match(
            text, sentence_start, mention.start) or _ONE_CAUSE_S_SHARE_OPENING.match(
            text, sentence_start, mention.start)):
        return "subset"  # "Attacks using improvised explosive devices killed 46 people": one cause's share
    if person and ("handed" in before or "released" in before or "returned" in before) and (
            _HANDED_BEFORE.search(before)) and _BODIES_TO_FAMILIES_AFTER.match(text, mention.end):
        return "subset"  # "has handed 26 bodies to families": those of the dead handed over so far
    if person and "hospital" in after and _DIED_IN_HOSPITAL_SINCE_AFTER.match(text, mention.end):
        return "subset"  # "five victims had died in hospital overnight": those of the toll who died later
    if person and text[mention.start:mention.end].lower() == "one" and (
            " other" in text[mention.end:mention.end + 160]) and (
            _AND_THE_OTHER_AFTER.match(text, mention.end)):
        return "subset"  # "One body was found near the wreck ..., and the other by fishermen": each of them
    if person and before.endswith(("the ", "The ")) and " of " in text[mention.end:mention.end + 12] and (
            _DEATHS_OF_A_GROUP.match(text, mention.end)):
        return "subset"  # "an inquiry into the 12 deaths of alleged gang members": a group's share
    if person and " to " in before and _THE_NUMBER_OF_A_GROUP_TO_BEFORE.search(text, near, mention.start):
        return "subset"  # "raising the toll to 21 and the number of Ugandans killed to 12": a group's share
    if person and (" still " in text[mention.end:mention.end + 40] or " remain " in text[
            mention.end:mention.end + 40]) and _STILL_IN_CARE_AFTER.match(text, mention.end):
        return "subset"  # "Of the 36 injured persons still with us": those left of the injured
    if person and before.endswith("the ") and not before.lower().endswith("of the ") and (
            _WHO_LATER_DIED_AFTER.match(text, mention.end)):
        return "subset"  # "Apart from the two who later died, 23 have since been discharged": told before
    if person and before.endswith("The ") and mention.start - sentence_start <= 5 and (
            _TOLD_BEFORE_AFTER.match(text, mention.end)):
        return "subset"  # "The two, a 62-year-old woman and her son, ...", "The two bodies were those of"
    if person and before.endswith(("these ", "those ", "These ", "Those ")) and _THESE_BEFORE.search(before):
        return "subset"  # "After verification, these two deaths have not been counted": told before
    if person and "identified" in text[near:mention.start] and (
            _NUMBER_IDENTIFIED_TO_BEFORE.search(text, near, mention.start)):
        return "subset"  # "Two more bodies were identified, bringing the number identified to nine"
    if person and mention.start - sentence_start < 20 and _AFTER_THE_DEATHS_OPENING.fullmatch(
            text, sentence_start, mention.start) and _DEATHS_AFTER.match(text, mention.start):
        return "subset"  # "After the two deaths on Thursday, 28 of the injured ...": deaths told before
    if person and ("scene" in after or "spot" in after) and _AT_THE_SCENE_AFTER.match(text, mention.end):
        return "subset"  # "Four were pronounced dead at the scene, and two more ...": the scene's part
    if person and "treated" in after and _TREATED_AT_THE_SCENE_AFTER.match(text, mention.end) and (
            _A_FIGURE_BEFORE_IN.search(text, sentence_start, mention.start) or after.startswith(" other ")):
        # "14 were taken to ..., while three ... were treated at the scene": some of them; so are "Two
        # other residents" treated at the scene after five taken to hospital
        return "subset"
    if person and "bodies" in before and _AFTER_THE_BODIES_OF.search(before):
        return "subset"  # "9 dead ... after the bodies of two people swept away were recovered": some of them
    if person and "bodies" in before and _RUBBLE_TALLY.search(text, sentence_start, mention.start):
        return "subset"  # "Rescuers have pulled 17 people alive and recovered the bodies of eight"
    if person and "missing" in after and _THE_MISSING_FOUND.search(before) and _WHO_WERE_MISSING.match(
            text, mention.end):
        return "subset"  # "The bodies of the 2 people who were still missing were found": the last of a toll
    if person and " and " in text[mention.end:mention.end + 100] and _AND_AN_ORDINAL_AFTER.match(
            text, mention.end):
        return "subset"  # "The bodies of two miners were recovered overnight, and a third ...": two of three
    if person and "bod" in text[mention.start:mention.end + 8].lower() and _THE_LAST_BEFORE.search(before):
        return "subset"  # "The last two bodies, of a woman and her son, were found on Tuesday"
    if person and "bod" in text[mention.start:mention.end + 8].lower() and (
            _BODIES_ON_A_DAY_AFTER.match(text, mention.end)) and not _AND_MORE_AFTER.match(text, mention.end):
        return "subset"  # "Six bodies were recovered on Sunday": that day's finds, some of the dead
    if person and "bodies of" in before and _RECOVERED_THE_BODIES_OF_BEFORE.search(before) and (
            _A_DAY_IN_SENTENCE.search(text, sentence_start, mention.start)):
        return "subset"  # "Overnight, rescuers recovered the bodies of two residents": that night's finds
    if person and "bod" in text[mention.start:mention.end + 8].lower() and _RECOVERED_BEFORE.search(
            before) and _BODIES_THEN_A_DAY_AFTER.match(text, mention.end):
        return "subset"  # "Divers recovered two bodies from the Padma near Godagari on Wednesday": that day's
    if person and _SEVERITY_JUST_AFTER.match(text, mention.end):
        return "subset"  # "All of them were hurt, three seriously": the most hurt of them
    if (" of them" in text[mention.end:mention.end + 10] and _A_KIND_OF_WEAPON_NAMED.search(
            text, sentence_start, mention.start) and not _A_FIGURE_BEFORE_IN.search(text, sentence_start,
                                                                                       mention.start)):
        return "subset"  # "Ballistic missiles remain the hardest to intercept: only 27 of them were ..."
    if person and ("famil" in before or "relatives" in before or "kin" in before) and (
            _FAMILIES_OF_BEFORE.search(before)):
        return "subset"  # "The families of 3 deceased had cremated the bodies": some of the dead
    if _BY_AREA_OPENING.match(text, sentence_start, mention.start):
        return "subset"  # "By region, Andalusia registered the highest estimate, with 213 ... deaths"
    if " of the " in text[max(sentence_start, mention.start - 40):mention.start] and (
            _OF_THE_N_BEFORE.search(text, max(sentence_start, mention.start - 40), mention.start)):
        return "subset"  # "of the 17 deaths only five have so far been declared sunstroke deaths"
    if _INCLUDING_OPENING.fullmatch(text, sentence_start, mention.start):
        return "subset"  # "Including 39 drones destroyed during the day, the ministry has now reported 271"
    if "part of" in text[mention.end:mention.end + 80] and _PART_OF_THE_FIGURE_AFTER.match(text, mention.end):
        return "subset"  # "23 drones were shot down over the Rostov region, part of the 71 it reported"
    prefix = text[sentence_start:mention.start]
    low = prefix.lower()
    if ("barrage" in low or "salvo" in low or "wave" in low or "volley" in low) and (
            _ONE_WAVE_BEFORE.search(prefix)):
        return "subset"  # "The first barrage ... comprised some 35 missiles ...; a second, of about 25"
    if " or " in text[mention.end:mention.end + 30] and _SHARE_OF_THE_TOTAL_AFTER.match(
            text, mention.end) and "from " not in text[max(sentence_start, mention.start - 12):mention.start]:
        # but "421 of the deaths, up from 398, or 26% of the total": the share is the 421's
        return "subset"  # "... which killed 127 people, or 40.7 percent of the total deaths": a share of them
    if "the " in before and _THE_MOST_BEFORE.search(before) and not _FOLLOWED_BY_AFTER.match(
            text, mention.end):
        return "subset"  # "Chiang Mai has had the most accidents, 49, and the most injuries, 55": one place's
    if ("with" in before or "(" in before) and (
            _WITH_BEFORE.search(before) or _FOLLOWED_BY_BEFORE.search(before)) and (
            _RANKED_IN_SENTENCE.search(text, sentence_start, mention.start)):
        # "The central Mediterranean remained the deadliest route, with 742 ..., followed by the
        # eastern Mediterranean, with 203"; "Sudanese nationals were the largest group, ...,
        # followed by Eritreans (64)"
        return "subset"
    if "with" in before and _RANKED_PERIOD.match(text, sentence_start) and _WITH_BEFORE.search(before):
        return "subset"  # "December was the deadliest month, with 471 deaths": one month's part
    if _FURTHER_BEFORE.search(before) or (not person and _MORE_THINGS_AFTER.match(text, mention.end)):
        # "a further 412 drones" the next night; "a second attack with 4 more drones"; "A French frigate
        # shot down two additional UAS": besides the 12 downed before
        return "increment"
    if person and "because" in before and _HIGHER_BECAUSE_BEFORE.search(text, sentence_start, mention.start):
        return "increment"  # "The figure is higher than the morning count because three people walked in"
    if person and "accounted" in text[sentence_start:mention.start] and (
            _ACCOUNTED_FOR_THEN_FATES_BEFORE.search(text, max(sentence_start, mention.start - 120),
                                                    mention.start)):
        # "all three devotees reported missing had been accounted for - two were found dead in the river and
        # a boy was found alive": what befell those three, some of the toll
        return "subset"
    if "of" in before and _A_FIGURE_OF_THE_BEFORE.search(before):
        return "total"  # "The other 36 of the 47 people hurt": the 47 is the whole the 36 are of
    if counted.group in WEAPON_GROUPS and before.endswith("of which ") and _A_PART_OPENS_THEN_OF_WHICH.match(
            text, sentence_start, mention.start):
        return "subset"  # "Twelve of the missiles were Iskander-M ballistic missiles, of which five were
        # intercepted": some of the twelve, not all the missiles intercepted
    listing = _THE_DEAD_ARE_OPENING.match(text, sentence_start) if person else None
    if listing and mention.start >= listing.end() and ";" not in text[listing.end():mention.start] and (
            not before.endswith(" among ")):  # "The victims were among 32 persons abducted": the whole
        return "subset"  # "The dead identified so far are four Nepali porters, two French trekkers, ..."
    if person and (clause := text[max(sentence_start, mention.start - 100):mention.start]) and (
            "one " in clause.lower()) and _ONE_OCCASION_KILLED_BEFORE.search(clause):
        return "subset"  # "four fatal collisions, in which five people died; one crash ... killed two"
    of_the = _OF_THE_GROUP.search(text[sentence_start: mention.start])
    if of_the is None and ";" not in text[sentence_start:mention.start]:
        # "Among the injured, 41 are employees ... and 17 worked at ...": both parts
        of_the = _OF_THE_OPENING.match(text, sentence_start, mention.start)
    if of_the and any(ch.isdigit() for ch in of_the.group()) and not _TOLL_WORDS.search(of_the.group()):
        of_the = None  # "Of the 48 people on board, 38 were killed": 38 is the toll itself
    if person and (_SUBSET_BEFORE.search(before) or _OF_THEM.match(text, mention.end) or of_the or (
            _AMONG_THE_FOUND_OPENING.fullmatch(text, sentence_start, mention.start))):
        return "subset"
    if person and " of the " in text[mention.end:mention.end + 8] and _OF_THE_N_HARMED_AFTER.match(
            text, mention.end):
        return "subset"  # "Nine of the 21 victims were shot within the East Division": some of the 21
    if person and _AMONG_THE_GROUP_WERE.fullmatch(text, sentence_start, mention.start):
        return "subset"  # "Among the martyrs in Nabatieh governorate were four paramedics"
    if person and "verified" in before and _VERIFIED_BEFORE.search(before) and (
            _A_FIGURE_BEFORE_IN.search(text, sentence_start, mention.start)):
        return "subset"  # "58 people killed ...; inter-agency teams have verified 41 deaths to date"
    if person and text.startswith(" of the ", mention.end) and _OF_THE_HARMED.match(text, mention.end):
        return "subset"  # "Children account for nine of the drowning deaths"
    if person and " of " in text[mention.end:mention.end + 5] and (
            _OF_THE_HARMED_GROUP_AFTER.match(text, mention.end)):
        return "subset"  # "four of the five people injured ... were still being treated": some of the injured
    if of_the and _AIMED_AT_AFTER.match(text, mention.end):
        return "subset"  # "Of the drones the enemy launched at Ukraine, 58 were aimed at the region"
    if counted.noun in _SUBGROUP and not _WITH_PARTS_AFTER.match(text, mention.end) and not (
            _A_GROUP_CARRIED_BEFORE.search(text, max(sentence_start, mention.start - 24), mention.start)
            # "In all, eight students were injured: six by gunfire and two while running": the whole
            or _ITS_PARTS_AFTER_A_COLON.match(text, mention.end)):
        # "five children"; not "20 men were injured, including 6 contractor staff", nor "the lecture
        # theatre was occupied by 46 students": everyone there
        return "subset"
    if person and ("among" in after or "identif" in before or "recogni" in after or "identif" in after
                   or "to their" in after) and (
            ((among := _AMONG_THE_DEAD_AFTER.match(text, mention.end))
             # not "rose to seven by noon, with two sadhus among the dead": the two are
             and not _WITH_A_FIGURE.search(text, mention.end, among.end()))
            or _UNIDENTIFIED_BEFORE.search(before)
            or _UNIDENTIFIED_AFTER.match(text, mention.end) or (
                # not "the bodies of the five deceased were handed over": all of them
                _HANDED_OVER_AFTER.match(text, mention.end) and not before.endswith(("the ", "all ")))):
        # "4 have been identified among the dead"; "to identify three bodies that were burned beyond
        # recognition"; "the bodies of 9 persons have been handed over to their families": some of
        # the dead, not the toll
        return "subset"
    if "alone" in text[sentence_start:mention.start] and _ALONE_BEFORE.search(
            text, sentence_start, mention.start):
        return "subset"  # "In the week ending 8 March alone, ... nine deaths": a part of the toll
    if "alone" in after and _ALONE_AFTER.match(text, mention.end):
        return "subset"  # "We received 124 bodies on Tuesday alone": one day's part
    lowered = before.lower()
    if " of " in lowered and _PARTITIVE_BEFORE.search(before) and not lowered.endswith(
            ("all of the ", "all of those ", "all of these ")):  # "All of the 31 wounded": everyone again
        return "subset"  # "a woman died ..., one of the three deaths in the district"
    if ("remaining" in lowered or "rest" in lowered or "other" in lowered) and (
            _REMAINING_BEFORE.search(before)):
        return "subset"  # "the remaining 22 cases and two deaths were reported from Louga"
    if ("other" in after or "remaining" in after) and _IN_OTHER_PLACES_AFTER.match(text, mention.end):
        return "subset"  # "14 were in Karachi and 5 in other districts": the rest of the province's
    if person and ("other" in after or "rest" in after) and _THE_OTHERS_AFTER.match(text, mention.end):
        return "subset"  # "11 people have been hospitalised; the others will be treated at home"
    if (person and _may_state_a_condition(text, mention.end) and (
            _CONDITION_AFTER.match(text, mention.end)
            or _HURT_THEN_STILL_IN_HOSPITAL_AFTER.match(text, mention.end))
            and not _ALL_BEFORE.search(before)  # "All 54 wounded are in hospital: 23 in ...": everyone
            and not _IN_TOTAL_NEAR.match(text, mention.end)):  # "38 had been taken to hospitals in all: ..."
        # "Seven were in critical condition", "Eleven people injured in Wednesday's collision on Line 2
        # of the metro remained in hospital": some of the injured
        return "subset"
    return "total"


@dataclass
class _ReadingState:
    """What a reader carries from sentence to sentence: who is speaking, what is counted."""

    paragraph: int = -1
    current: str | None = None
    last_named: str | None = None
    sources: list[str] = field(default_factory=list)
    last_thing: tuple[str, str] | None = None  # (noun, group) of the last drone/missile figure
    sentence_claims: list[Claim] = field(default_factory=list)
    previous_claims: list[Claim] = field(default_factory=list)  # of the sentence before
    paragraph_sentences: list[tuple[int, int]] = field(default_factory=list)  # read so far
    sentence_places: dict[int, str | None] = field(default_factory=dict)  # sentence start -> place
    section_place: str | None = None  # the place an all-capitals heading names, until the next one
    paragraph_label: str | None = None  # "Pavlohrad." opening a paragraph: its place
    attacks_continued: bool = False  # "Attacks continued overnight into Thursday.": a later night's
    area_total: Claim | None = None  # "MARLOW COUNTY — Four deaths.": the item's own total
    item_place: str | None = None  # the place a round-up's or a log's item opens with
    last_totals: dict[str, Claim] = field(default_factory=dict)  # category -> its latest total
    clauses: _Clauses = _Clauses(0, 0, ())  # of the sentence being read
    dateline: bool = False  # the document's place comes from a dateline
    city: str | None = None  # the dateline's place: what "the city" and "the capital" refer to
    local_source: str | None = None  # "facility" or "area" when the source is a hospital or a local office
    source_area: str | None = None  # "Samara region" when a region's governor or administration speaks
    # "Bashkortostan has the most ...", of the sentence read; "Dundee recorded 41", the next of a ranking
    ranked_subject: Match[str] | None = None
    # (category, value) -> role of the figures read so far: "Of the three deaths," names them again
    seen: dict[tuple[str, float | None], str] = field(default_factory=dict)
    last_trigger: str | None = None  # the event word of the last figure read
    verdict: str | None = None  # who speaks from a fact-check's "Verdict:" on: the outlet
    contrasts: tuple[tuple[int, int], ...] = ()  # the words that start the sentence's contrasting clauses
    totals: dict[float, str] = field(default_factory=dict)  # figure -> category, of totals so far
    list_trigger: str | None = None  # "shot down 168 air targets:": the event word a bullet list takes
    bullet: bool = False  # the sentence being read is a bullet line
    list_items: list[Claim] = field(default_factory=list)  # of the current bullet list
    list_wholes: set[str] = field(default_factory=set)  # the categories of the figures that open it


# the entity groups that count weapons (the rules read them too)
WEAPON_GROUPS = frozenset({"drone", "missile", "ballistic", "cruise", "target"})
_HIGHER_BECAUSE_BEFORE = re.compile(r"\b(?:higher|more|up|rose|risen|increased)\b[^.;]{0,80}\bbecause[ \t]+$",
                                    re.IGNORECASE)
_ACCOUNTED_FOR_THEN_FATES_BEFORE = re.compile(
    r"\baccounted[ \t]+for[ \t]*(?:[-\u2013\u2014:]|--)[ \t]*(?:[^.;]{0,80}?(?:,|\band)[ \t]+)?$",
    re.IGNORECASE)
_A_PART_OPENS_THEN_OF_WHICH = re.compile(
    rf"(?:\d[\d,]*|(?i:{SMALL_NUMBER_WORDS}))[ \t]+(?:of[ \t]+(?:the|them|these|those)[ \t]+(?:\w+[ \t]+)?)?"
    r"(?:were|was|are)[ \t]+[^.;:,]{3,80},[ \t]+of[ \t]+which[ \t]+$", re.IGNORECASE)
# what counts neither people nor things an event befalls: charges, posts
_COUNTS_OF_NO_ONE = frozenset({"charge", "media"})
# a weapon's origin: "from the directions of Kursk", "from the Kursk and Bryansk regions of
# Russia", "launched from Tu-95MS bombers over the Saratov region" (the place word follows)
_ORIGIN_BEFORE = re.compile(
    r"\bfrom\s+(?:the\s+)?(?:(?:directions?|areas?|side|territory)\s+(?:of\s+)?|"
    r"(?:[A-Z][\w\-]*\s+(?:and\s+)?)*(?:regions?|oblasts?|provinces?|areas?)\s+|"
    r"[\w\-]+(?:\s+[\w\-]+){0,3}\s+(?=over\s)|(?=[A-Z]))\S", re.IGNORECASE)
_DESIGNATION_AFTER = re.compile(r"[ \t]+(?:type|class|model|series|family|variant)\b")


_A_PREPOSITION_ENDS = re.compile(r"\b(?:by|of|from|to|with|at|for|in)[ \t]+(?:the[ \t]+)?$")


def _resolve(name: str | None, state: _ReadingState) -> str | None:
    """A pronoun is the last named source; "the ministry" is "the health ministry" named before."""
    if name is None:
        return None
    name = _GAVE_A_TOLL_AFTER.sub("", name)  # "The Interior Ministry gave a lower toll, saying 33 ..."
    if name.lower() in PRONOUNS or _DOCUMENT_REFERENCE.fullmatch(name):
        return state.last_named or name  # "it said"; "the statement said": the source just named
    words = name.split()
    if len(words) == 1 and len(name) >= 2 and sum(ch.isupper() for ch in name) >= 2:
        for earlier in reversed(state.sources):  # "MoH" after "the Ministry of Health (MoH)"
            initials = "".join(w[0] for w in earlier.split() if w.lower() != "the")
            if len(initials) == len(name) and initials.lower() == name.lower():
                return earlier
    while len(words) > 1 and words[0].rstrip(".").lower() in TITLES:
        words = words[1:]  # "Dr Chissola" after "Dr Albertina Chissola"; "Acting Superintendent Callaghan"
    if len(words) == 1 and words[0][:1].isupper():
        # "Lysak" after "regional governor Serhiy Lysak": one source, named again
        for earlier in reversed(state.sources):
            if earlier != name and earlier.split()[-1] == words[0]:
                return earlier
    short = name.lower().removeprefix("the ").strip()
    if name.lower().startswith("the ") and short:
        for earlier in reversed(state.sources):
            longer = earlier.lower()
            if longer.endswith(" " + short) and _A_PREPOSITION_ENDS.search(
                    longer, 0, len(longer) - len(short)):
                continue  # not "survivors quoted by the IOM" for "the IOM": the IOM itself
            if longer != name.lower() and (longer.endswith(" " + short) or _head_before_place(longer, short)
                                           or _MINISTRY_OF.sub(r"\g<topic> ministry", longer).endswith(
                                               " " + short)):
                return earlier  # "the health ministry" after "Lebanon's Ministry of Public Health"
    return name


_N_MORE_THAN_REPORTED_AFTER_BEFORE = re.compile(
    r"\b(?P<n>\d+|[a-z]+)[ \t]+more[ \t]+than[ \t]+(?:was[ \t]+|were[ \t]+)?(?:reported|announced|earlier|"
    r"before|previously)\b[^.;]{0,80}?\bafter[ \t]+$", re.IGNORECASE)
_OF_THE_KIND_OF_MISSILES_AFTER = re.compile(r"[ \t]+of[ \t]+the[ \t]+(?:ballistic|cruise|hypersonic)\b")
_OF_ITS_NATIONALS_AFTER = re.compile(r"[ \t]+of[ \t]+(?:its|their|the[ \t]+country['\u2019]s)[ \t]+"
                                     r"(?:own[ \t]+)?(?:citizens|nationals|compatriots)\b")
_A_BARE_FIGURE_S_VERB_AFTER = re.compile(r"[ \t]+(?:were|was|are|is|have|has|had)\b")
_HAVE_DIED_AT_A_HOSPITAL_AFTER = re.compile(
    r"[ \t]+(?:have|had)[ \t]+died[ \t]+(?:at|in)[ \t]+(?:the[ \t]+)?[A-Z]")
_GAVE_A_TOLL_AFTER = re.compile(r"[ \t]+(?:gave|put|offered|provided|released|issued|had)[ \t]+"
                                r"(?:a|an|the|its|their)[ \t]+(?:[\w-]+[ \t]+){0,2}"
                                r"(?:toll|figure|count|tally|account|estimate)s?$")
TITLES = frozenset("dr mr mrs ms miss prof professor gen general col colonel maj major capt captain lt "
                   "sgt sergeant governor gov mayor minister president chief judge sheriff inspector "
                   "commissioner superintendent brig rev father sheikh senator rep acting deputy assistant "
                   "detective supt insp det".split())


_MINISTRY_OF = re.compile(r"\bministry[ \t]+of[ \t]+(?:the[ \t]+)?(?:public[ \t]+)?(?P<topic>[a-z]+)$")


def _head_before_place(source: str, noun: str) -> bool:
    """"the defence ministry in moscow" is "the ministry" named again."""
    if " " in noun:
        return False
    words = source.split()
    return any(w == noun and i + 1 < len(words) and words[i + 1] in ("in", "of", "for", "on")
               for i, w in enumerate(words))


_THE_CLAIM_THAT_OPENING = re.compile(r"[ \t\"\u201c]*(?:The|This|That)[ \t]+(?:viral[ \t]+|online[ \t]+)?"
                                     r"(?:claim|assertion|allegation|rumou?r)[ \t]+that\b")
_WE_OPENING = re.compile(r"[ \t\"\u201c]*(?:We|Our)\b")
_CLAIM_LABEL = re.compile(r"(?:THE[ \t]+)?(?:CLAIMS?|Claims?)[ \t]*:")
_VERDICT_LABEL = re.compile(r"[ \t]*(?:(?:Our|OUR)[ \t]+)?"
                            r"(?:VERDICT|Verdict|CONCLUSION|Conclusion|RATING|Rating)"
                            r"[ \t]*(?::|\r?\n|$)")


def _now_speaking(named: str | None, state: _ReadingState) -> str | None:
    """The source a sentence names, from here on the one the reporting continues in, and one of the
    report's sources."""
    state.current = state.last_named = named
    if named and named not in state.sources:
        state.sources.append(named)
    return named


def _sentence_attribution(doc: Document, seg: Segmented, index: int,
                          state: _ReadingState) -> str | None:
    sent = seg.sentences[index]
    paragraph = seg.paragraphs[index]
    if paragraph != state.paragraph:
        state.paragraph, state.current, state.paragraph_sentences = paragraph, None, []
        state.paragraph_label = state.area_total = state.item_place = None
        state.attacks_continued = False
    if _CLAIM_LABEL.match(doc.text, sent.start) or _THE_CLAIM_THAT_OPENING.match(doc.text, sent.start):
        # a fact-check's "CLAIM: ...", "The claim that more than 300 people have died is false": what it
        # tests, not what it finds
        return "the claim"
    if _VERDICT_LABEL.match(doc.text, sent.start):
        state.verdict = doc.source or "the verdict"
    named = _resolve(speaker(doc.text, sent.start, sent.end), state)
    if not named and doc.source and _WE_OPENING.match(doc.text, sent.start, sent.end):
        named = statement_author(doc.source)  # "Our volunteers have recorded 8 deaths", the Red Cross's own
    if named and "\n" in named:
        named = named.rsplit("\n", 1)[1].strip() or None  # a live page's headline line is not the name
    if named:
        return _now_speaking(named, state)
    if "record" in doc.text[sent.start:sent.end] and (
            recorded := _A_BODY_HAS_RECORDED_OPENING.match(doc.text, sent.start, sent.end)):
        # "Nepal's disaster authority has recorded at least 215 deaths": the body keeps the count
        return _now_speaking(_resolve(recorded.group("src"), state), state)
    if (" by " in doc.text[sent.start:sent.end] or " from " in doc.text[sent.start:sent.end]) and (
            kept := _A_COUNT_KEPT_BY.search(doc.text, sent.start, sent.end)):
        # "The narrowest is kept by the National Centre for Disease Control (NCDC), whose ...", "A
        # second count comes from the National Disaster Management Authority": whose figures follow
        return _now_speaking(_resolve(kept.group("src"), state), state)
    subject = _SOURCE_SUBJECT_OPENING.match(doc.text, sent.start, sent.end)
    if subject and (subject.group("src").split()[-1].lower() in _SUBJECT_SOURCE_WORDS or (
            subject.group("verb") in _ANNOUNCING and subject.group("src").split()[1:2] != []
            and subject.group("src").split()[1] in _BODY_WORDS)):
        # "Russia's Defence Ministry gave a very different account. It said 113 drones ...": the
        # source "it" refers to, though this sentence reports nothing yet
        state.last_named = _resolve(subject.group("src"), state)
    # a fact-check's verdict, to the end, is the outlet's own finding
    return state.current or state.verdict


_RECOVERED_SO_FAR = re.compile(r"\b(?:recovered|retrieved|pulled[ \t]+out|found)[ \t]+(?:the[ \t]+)?"
                               r"[\w-]+[ \t]+(?:bodies|corpses|remains)[ \t]+(?:from|in|at|under)[ \t]"
                               r"[^.;,]{0,40}?[ \t]so[ \t]+far\b")
_A_KIND_OF_BODIES_AFTER = re.compile(r"[ \t]+(?:badly[ \t]+)?(?:charred|burnt|burned|mutilated|unidentified|"
                                     r"unclaimed|decomposed|dismembered)[ \t]+(?:bodies|remains|corpses)\b")
_SUSPECTED_DEATHS = re.compile(r"[ \t]+(?:(?:more|new|additional|other)[ \t]+)?"
                               r"(?:suspected|unconfirmed|possible)[ \t]+(?:[\w-]+[ \t]+)?"
                               r"(?:deaths|fatalities)\b", re.IGNORECASE)
_A_BODY_HAS_RECORDED_OPENING = re.compile(
    r"[ \t\"\u201c]*(?P<src>(?:[\w'\u2019\-]+[ \t]+){0,5}?(?i:authority|ministry|agency|department|office|"
    r"directorate|commission|committee|service|police|administration|government|centre|center|council|"
    r"secretariat|organi[sz]ation|institute))[ \t]+(?:has[ \t]+|have[ \t]+|had[ \t]+)?"
    r"(?:so[ \t]+far[ \t]+|now[ \t]+)?"
    r"(?:recorded|registered)\b")
_A_COUNT_KEPT_BY = re.compile(
    r"\b(?:count|tally|figure|toll|list|register|database|data|record|one|narrowest|widest|broadest)s?"
    r"[ \t]+(?:is[ \t]+|are[ \t]+|was[ \t]+)?(?:kept|compiled|maintained|published|comes?|came)[ \t]+"
    r"(?:by|from)[ \t]+"
    r"(?P<src>(?:the[ \t]+)?[A-Z][\w'\u2019\-]*(?:[ \t]+(?:of|for|on|and|[A-Z][\w'\u2019\-]*))*)")
_SOURCE_SUBJECT_OPENING = re.compile(
    # "The Israel Defense Forces (IDF) gave a very different account. It said ...": the body "it" is
    r"[ \t]*(?P<src>(?:[A-Za-z][\w'\u2019\-]*[ \t]+(?:(?:of|for)[ \t]+)?){0,4}[A-Za-z][a-z]+)"
    r"(?:[ \t]+\([A-Z]{2,6}\))?[ \t]+"
    r"(?P<verb>gave|offered|presented|provided|disputed|denied|rejected|contradicted|countered|had|has|"
    r"declared|announced|published|released|issued)\b")
# "The Guayaquil forensic centre has finished the autopsies ... It received 12 bodies"
_SUBJECT_SOURCE_WORDS = SOURCE_NOUNS | frozenset("centre center morgue mortuary institute laboratory".split())
# "The Secretariat of Security declared the operation over. Its final count is 14 dead": a body
_ANNOUNCING = frozenset("declared announced published released issued".split())
_BODY_WORDS = frozenset("Secretariat Ministry Department Office Agency Commission Directorate Council "
                        "Authority Service Command Police Army Government Administration".split())


# "Seven remain missing, according to the list, though relatives claim at least nine are": two
# clauses, two sources
_CONTRAST = re.compile(r"[,;][ \t]*(?:though|although|even[ \t]+though|but|while|whereas)\b|;|"
                       # "X gave a higher figure of 80, and a ward councillor, Idris Gana, told Reuters"
                       r",[ \t]+and[ \t]+(?=(?:an?|the)[ \t]+[^.;\"\u201c]{0,60}?[ \t](?:told|said)[ \t])|"
                       r",[ \t]*an?[ \t]+(?:toll|figure|number|count|tally|claim|estimate)[ \t]+"
                       r"(?=(?:that|which)[ \t]|(?:[\w'\u2019.\-]+[ \t]+){1,5}"
                       r"(?:rejected|disputed|denied|dismissed|contested)\b)", re.IGNORECASE)
# ", a toll the government rejected as "pure fabrication", saying six people had died": the
# clause is the rejecter's
_REJECTED_BY = re.compile(r"(?:(?:that|which)[ \t]+)?(?P<src>(?:[\w'\u2019.\-]+[ \t]+){0,4}?[\w'\u2019.\-]+)"
                          r"[ \t]+(?:rejected|disputed|denied|dismissed|contested)\b")


def _contrast_speaker(text: str, sent: Sentence, state: _ReadingState, a: int) -> str | None:
    """The source named in the contrasting clause around text[a], if it names its own."""
    left, right = sent.start, sent.end
    for brk_start, brk_end in state.contrasts:
        if brk_end <= a:
            left = brk_end
        else:
            right = brk_start
            break
    if left == sent.start and right == sent.end:
        return None
    rejecter = _REJECTED_BY.match(text, left, right)
    if rejecter and rejecter.group("src").split()[0].lower() not in PRONOUNS:
        return _resolve(rejecter.group("src"), state)
    return _resolve(speaker(text, left, right), state)


def _opening(quote: tuple[int, int]) -> int:
    return quote[0]


def _quote_at(seg: Segmented, pos: int) -> tuple[int, int] | None:
    """The quotation holding `pos`: quotes are found in order and never overlap, so only the
    last one opened at or before `pos` can hold it."""
    k = bisect_right(seg.quotes, pos, key=_opening)
    if k and seg.quotes[k - 1][0] <= pos < seg.quotes[k - 1][1]:
        return seg.quotes[k - 1]
    return None


def _paragraph_end(doc: Document, pos: int) -> int:
    nxt = doc.text.find("\n", pos)
    return len(doc.text) if nxt < 0 else nxt


def lede_place(doc: Document, seg: Segmented) -> str | None:
    """The first place the opening sentence names, else None: "JAKARTA - A ferry caught fire
    off North Sulawesi, killing seven" is a North Sulawesi story told from Jakarta."""
    if not seg.sentences:
        return None
    first = seg.sentences[0]
    found = _place(doc.text, first.start, first.end, first.start, None)
    if found is None and (hit := _FOR_PLACE.search(doc.text, first.start, first.end)):
        found = _place_name(hit.group("place"))  # "A hard night for Dnipro. The enemy attacked the city"
    return found


_FOR_PLACE = re.compile(r"\b(?:night|day|morning|evening|week|weekend)\s+(?:\w+\s+)?for\s+"
                        r"(?P<place>[A-Z][a-z\u00C0-\u024F'\-]+(?:\s+[A-Z][a-z\u00C0-\u024F'\-]+)?)\b")


_LONGER_PERIOD = re.compile(r"\b(?:year|month|week|since|season)\b")


def _item_opening_place(text: str, sent: Sentence) -> str | None:
    """The place a round-up's or a log's item opens with ("" if its label names none), or None
    when the sentence opens no such item."""
    if area := _AREA_LABEL_OPENING.match(text, sent.start):
        # "MARLOW COUNTY — Four deaths. Two people were killed ...": a round-up's item by area
        return " ".join(w.capitalize() for w in area.group("place").split())
    if logged := _DATED_PLACE_OPENING.fullmatch(text, sent.start, sent.end):
        # "Saturday 7 March, Mill Lane ford, Ashdown.": an incident log's entry, its place last
        return _place_name(logged.group("place")) or ""
    return None


def _part_of_the_area_total(claim: Claim, state: _ReadingState) -> Claim:
    """"MARLOW COUNTY — Four deaths. Two people were killed Saturday ...; on Monday a passenger
    died": after a round-up item's total for its area, the item's figures of that kind are its
    parts, in that area."""
    label, total = state.paragraph_label, state.area_total
    if label is None or claim.category == "other" or claim.unit != "count":
        return claim
    whole = state.last_totals.get(claim.category)
    if (claim.role == "total" and claim.category in TOLLS and claim.scope.place == label and whole is not None
            and (whole.scope.place is None or whole.scope.place_inferred)
            and (total is None or total.category != claim.category)):
        # "6 people are known to have died" in the capital, then "Darnytskyi district - 3 fires ... The
        # bodies of 2 people were recovered": a district's part of the toll told before
        return replace(claim, role="subset")
    if total is None:
        if claim.role == "total" and claim.scope.place == label:
            state.area_total = claim
        return claim
    if claim.role not in ("total", "subset") or claim.category != total.category or _LONGER_PERIOD.search(
            claim.scope.time or ""):
        return claim  # "23 road deaths this year": the area's year, not the item's
    return replace(claim, role="subset", scope=replace(claim.scope, place=label, place_inferred=False))


def _city_of(lede: str | None) -> str | None:
    """With no dateline, "the city" is the place the opening names, unless that is an area: "the
    night attack on Zaporizhzhia ... Russia attacked the city with 14 drones"."""
    if lede is None or lede == NATIONWIDE or _AREA_WORD.search(lede) or lede.startswith("the "):
        return None
    return lede


_THE_POST_S_DAY = frozenset({"today", "tonight", "this morning", "this afternoon", "this evening"})


def _a_post_s_stamp(text: str, mention: Mention) -> bool:
    """"13.30 BRT" opening a line of a live page: the post's time, not a figure."""
    if (mention.start and text[mention.start - 1] != "\n") or not _DOTTED_CLOCK.fullmatch(
            text, mention.start, mention.end):
        return False
    stamp = _LIVE_STAMP.match(text, mention.start)
    return stamp is not None and stamp.end() >= mention.end


_DOTTED_CLOCK = re.compile(r"(?:[01]\d|2[0-3])\.[0-5]\d")


def extract_document(doc: Document, lexicon: Lexicon, seg: Segmented | None = None) -> list[Claim]:
    """Every figure the document states, as claims numbered d1.c1, d1.c2, ..."""
    seg = seg or segment(doc)
    lede = lede_place(doc, seg)
    local = _LOCAL_SOURCE.search(doc.source) if doc.source else None
    state = _ReadingState(dateline=lede is None and doc.place is not None, city=doc.place or _city_of(lede),
                          local_source=("facility" if local.group("facility") else "area") if local else None,
                          source_area=_source_area(doc.source))
    doc = replace(doc, place=lede or doc.place)
    m = _matchers(lexicon)
    text = doc.text
    claims: list[Claim] = []
    for sent in seg.sentences:
        state.bullet = bool(_BULLET.match(text, sent.start))
        if not state.bullet:
            _mark_listed_kinds(claims, state.list_items, lexicon, state.list_trigger == "", state.list_wholes)
            state.list_trigger, state.list_items, state.list_wholes = None, [], set()
        attribution = _sentence_attribution(doc, seg, sent.index, state)
        if _ATTACKS_CONTINUED.match(text, sent.start, sent.end):
            # "The attacks continued overnight into Saturday, when Russia launched another 96 drones":
            # the paragraph goes on with another night's figures, this sentence's among them
            state.attacks_continued = True
        if not state.paragraph_sentences and (item := _item_opening_place(text, sent)) is not None:
            state.paragraph_label = state.item_place = item or None
        elif not state.paragraph_sentences and (
                area := _AREA_COLON_OPENING.match(text, sent.start, sent.end)):
            # "Krasnopillia community: artillery shelling, 2 people injured.": a regional summary's
            # paragraph per community
            state.paragraph_label = _place_name(area.group("place"))
        mentions = [x for x in find_mentions(text, sent.start, sent.end)
                    if is_claim_unit(x.unit) and not _age_apposition(text, x) and not _age_limit(text, x)
                    and not _age_told(text, x)
                    and not _in_a_service_name(text, x)
                    and not _a_post_s_stamp(text, x)
                    and not _AGE_CONTEXT.search(text, max(sent.start, x.start - 40), x.start)
                    and not _THE_OTHER_END_OF_AN_AGE_RANGE.match(text, x.end)]
        counted = [_counted(text, x, sent.end, lexicon, m) for x in mentions]
        state.previous_claims, state.sentence_claims = state.sentence_claims, []
        if state.previous_claims and _DISMISSED_THE_CLAIM_OPENING.match(text, sent.start, sent.end):
            _mark_dismissed_claims(text, claims, state.previous_claims)
        last = state.previous_claims[-1] if state.previous_claims else None
        if (last is not None and last.role == "total" and last.category in TOLLS
                and _THE_REST_OPENING.match(text, sent.start)):
            # "Five bodies were recovered from inside it. The remaining bodies were found along the
            # left bank.": the five are some of them
            part = replace(state.previous_claims[-1], role="subset")
            claims[_at(claims, state.previous_claims[-1])] = part
            state.previous_claims[-1] = part
        if mentions:
            state.clauses = _Clauses.of(text, sent)
            state.contrasts = tuple(m.span() for m in _CONTRAST.finditer(text, sent.start, sent.end))
            ranked_before = state.ranked_subject is not None
            state.ranked_subject = _RANKED_SUBJECT.match(text, sent.start) or (
                _NEXT_PLACE_SUBJECT.match(text, sent.start) if ranked_before else None)
        for i in range(len(mentions)):
            claim = _claim(doc, seg, sent.index, mentions, counted, i, attribution,
                           lexicon, m, len(claims) + 1, state)
            if _pronoun_one(mentions[i], claim) and not _last_item_one(
                    text, mentions[i], state.sentence_claims):
                continue
            if BRINGING.search(text, max(sent.start, claim.start - 140), claim.start) and not (
                    _THE_NUMBER_OF_A_GROUP_TO_BEFORE.search(text, max(sent.start, claim.start - 60),
                                                            claim.start)):
                _mark_additions(claims, state.sentence_claims, claim)
                _mark_the_level_added_to(claims, state, claim)
                _mark_earlier_counts(claims, state.previous_claims, claim)
                claim = _mark_the_count_the_additions_raised(claims, state.sentence_claims, claim)
                # "Two workers were killed. ... found the body of a night watchman, raising the toll
                # to three": an earlier count of the paragraph, sentences before
                paragraph_start = state.paragraph_sentences[0][0] if state.paragraph_sentences else sent.start
                _mark_earlier_counts(claims, [c for c in claims if c.start >= paragraph_start
                                              and c not in state.previous_claims], claim)
            elif claim.category in TOLLS and _TOLL_ROSE_BEFORE.search(
                    text, max(sent.start, claim.start - 60), claim.start):
                # "The toll rose to 41": 38 before it; not a factbox's "Killed: 36", which states
                # the current toll too
                # another source's lower count, told before, is its own, not this one's past
                _mark_earlier_counts(claims, [c for c in claims if not _FACTBOX_LINE.match(
                    text, text.rfind("\n", 0, c.start) + 1, c.start) and _one_teller(c, claim)], claim)
            if claim.role == "total" and claim.category in TOLLS and _REVISED_BEFORE.search(
                    text, max(sent.start, claim.start - 90), claim.start):
                _mark_revised(claims, claim)
            claim = _part_of_the_area_total(claim, state)
            claim = _part_of_the_things_counted_before(text, claim, state)
            claim = _a_part_of_the_toll_is_where_the_toll_is(text, sent, claim, claims)
            if state.attacks_continued and claim.role == "total":
                claim = replace(claim, role="background")
            claims.append(claim)
            if claim.role == "total":
                state.last_totals[claim.category] = claim
            state.seen.setdefault((claim.category, claim.value), claim.role)
            if claim.role == "total" and claim.category != "other" and claim.value is not None:
                state.totals[claim.value] = claim.category
            state.sentence_claims.append(claim)
        if state.sentence_claims:
            _resync(claims, state.sentence_claims)
            _mark_parts_of_another_period(text, claims, state.sentence_claims, state.previous_claims)
            _mark_the_things_of_a_past_tally(text, claims, state.sentence_claims, state.previous_claims)
            _mark_listed_with_a_period(text, claims, state.sentence_claims)
            _mark_explained_increments(text, claims, state.sentence_claims)
            _mark_a_total_told_in_steps(claims, state.sentence_claims, state.previous_claims)
            _mark_the_part_before_the_others(text, sent, claims, state.sentence_claims, state.previous_claims)
            _mark_a_part_of_these(text, sent, claims, state.sentence_claims, state.previous_claims)
            _mark_items_of_the_things_named_again(text, sent, claims, state.sentence_claims)
            _mark_parts_of_a_sum(text, claims, state.sentence_claims, lexicon)
            _mark_coordinated_parts(text, claims, state.sentence_claims)
            _place_of_the_clause_before(text, claims, state.sentence_claims)
            _mark_some_of_everyone_as_the_toll(text, claims, state.sentence_claims, lexicon)
            _mark_counts_before_more_things(text, claims, state.sentence_claims, lexicon)
            _place_listed_wholes(text, claims, state.sentence_claims)
            _mark_colon_list_items(text, claims, state.sentence_claims)
            _items_of_the_whole_they_add_up_to(text, claims, state.sentence_claims)
            _mark_lost_items_of_the_downed(text, claims, state.sentence_claims)
            _mark_dead_and_alive_wholes(text, claims, state.sentence_claims)
            _mark_people_listed_after_a_toll(text, claims, state.sentence_claims, lexicon)
            _mark_kinds_of_the_people_named_before(text, claims, state.sentence_claims)
            _mark_a_breakdown_by_place(text, sent, claims, state.sentence_claims)
            _inherit_the_elided_noun(text, claims, state.sentence_claims)
            _the_dead_of_them(text, claims, state.sentence_claims)
            if state.bullet and state.list_trigger is not None:
                state.list_items.extend(state.sentence_claims)
            elif not state.bullet and _opens_a_list(text, sent):
                last = state.sentence_claims[-1]
                weapons_whole = (last.entity is not None and text[last.end:sent.end].strip() == ":"
                                 and lexicon.entity_group(last.entity.lower()) in WEAPON_GROUPS)
                # "detected and tracked 28 missiles and 426 attack UAVs:" then one kind a line
                state.list_trigger = state.last_trigger or ("" if weapons_whole else None)
                state.list_wholes = {c.category for c in state.sentence_claims
                                     if c.role == "total" and c.category != "other"}
            _mark_parts_of_an_overall_total(text, sent.start, claims, state.sentence_claims)
            _mark_items_of_a_whole_named_before(text, sent.start, claims, state.sentence_claims)
            _mark_the_attackers_own(text, sent.start, claims, state.sentence_claims)
            _mark_casualties_of_dead_and_injured(text, sent.start, claims, state.sentence_claims)
        if _THE_TOLL_INCLUDES_THE_ATTACKERS.match(text, sent.start, sent.end):
            _mark_the_toll_with_its_attackers(claims, sent.start)
        if not state.sentence_claims and not state.bullet and _opens_a_list(text, sent) and not (
                _A_RECAP_HEADING.search(text, sent.start, sent.end)):
            # "Status of casualties as of 07:00:" then "- 17 people in mild condition", "- 21 people
            # injured on their way to protected spaces": a heading with no figure of its own
            state.list_trigger, state.list_wholes = "heading", set()
        heading = _heading_place(text[sent.start:sent.end])
        if heading is not None:
            state.section_place = heading or None
        if not state.paragraph_sentences and (label := _PLACE_SENTENCE.fullmatch(text, sent.start, sent.end)):
            # "Pavlohrad. The enemy attacked an infrastructure facility. 1 person was injured":
            # a regional bulletin's paragraph opens with the place it is about
            state.paragraph_label = _place_name(label.group("place"))
        elif not state.paragraph_sentences and not state.sentence_claims and (
                ranked := _RANKED_OPENING.match(text, sent.start)):
            # "Kazakhstan has recorded the most deaths. Nine people have died ...": the country the
            # paragraph goes on about
            state.paragraph_label = _place_name(ranked.group("place"))
        state.paragraph_sentences.append((sent.start, sent.end))
    _mark_listed_kinds(claims, state.list_items, lexicon, state.list_trigger == "", state.list_wholes)
    _restated_background(text, claims)
    _a_toll_of_those_of_another_period(text, claims)
    _the_families_of_a_group_told_before(text, claims)
    _a_family_s_dead(text, claims)
    _the_missing_named_again(text, claims)
    _those_who_died_somewhere(text, claims)
    _mark_models_of_missile(claims)
    _the_victims_named_again(text, claims)
    _a_part_named_again(text, claims)
    _the_lead_s_tally(text, claims)
    _counts_by_an_earlier_time(text, claims)
    _the_level_before_an_increment(claims)
    _missing_as_they_stood_earlier(text, claims)
    _restatements_keep_their_source(text, claims)
    _mark_bullets_distributed_as_follows(text, seg, claims)
    _told_again_with_its_period(claims)
    _a_span_told_night_by_night(text, claims)
    _everyone_of_whom_some_lived(text, claims)
    _parts_take_the_scope_of_the_whole_named_first(text, claims)
    _a_group_that_is_everyone(text, claims)
    _survivors_are_alive(text, claims)
    for k in range(1, len(claims)):  # "Up to 20 inches (51 cm) of rain could fall": the 51 cm too
        before, inside = claims[k - 1], claims[k]
        if before.negated and not inside.negated and text[before.end:inside.start].strip() == "(":
            claims[k] = replace(inside, negated=True)
    claims = _name_described_sources(claims, state.sources)
    author = statement_author(doc.source) if doc.source else None
    if author:  # the Air Force's own statement: what it states without naming anyone, it says
        claims = [c if c.attribution else replace(c, attribution=author) for c in claims]
    return _sentence_clock_stamps(doc, seg, _supersede_live_updates(doc, seg, claims))


# "the regional governor said" before "Kursk Gov. Viktor Lazarev said on Telegram": one office,
# described first, named after
_DESCRIBED_OFFICE = re.compile(r"(?:the\s+)?(?:(?:regional|local|city|provincial|state|district|county|"
                               r"oblast|town)\s+)?(?P<title>governor|mayor|sheriff|prefect|police\s+chief)",
                               re.IGNORECASE)
_TITLE_WORDS = {"governor": ("governor", "gov", "gov."), "mayor": ("mayor",), "sheriff": ("sheriff",),
                "prefect": ("prefect",), "police chief": ("chief",)}


def _a_part_of_the_toll_is_where_the_toll_is(text: str, sent: Sentence, claim: Claim,
                                             claims: list[Claim]) -> Claim:
    """"... killing 27 civilians [in Rakhine State]. A fighter jet dropped three bombs on the market
    in Pyin Shwe village ... Among the dead were 13 men, nine women and six children": parts of the
    toll named in a sentence of their own, with no place of their own, are where the toll is, not
    where the sentence before was (the toll: the largest of the report's so far)."""
    if claim.role != "subset" or claim.category not in TOLLS or not _AMONG_THE_HARMED_OPENING.match(
            text, sent.start):
        return claim
    tolls = [c for c in claims if c.category == claim.category and c.role == "total" and c.value is not None]
    whole = max(tolls, key=lambda c: c.value or 0) if tolls else None
    place = claim.scope.place
    if (whole is None or whole.scope.place is None
            or place == whole.scope.place or (place and place in text[sent.start:sent.end])
            or (claim.value or 0) > (whole.value or 0)):
        return claim
    return replace(claim, scope=replace(claim.scope, place=whole.scope.place,
                                        place_inferred=whole.scope.place_inferred))


_AMONG_THE_HARMED_OPENING = re.compile(
    r"[ \t\"\u201c]*(?:Among|Of)[ \t]+the[ \t]+(?:dead|victims|deceased|killed|injured|wounded)\b")
_ATTACKS_CONTINUED = re.compile(
    r"[ \t\"\u201c]*(?:The[ \t]+|Russian[ \t]+|Russia's[ \t]+|Drone[ \t]+|Missile[ \t]+)?"
    r"(?:attacks?|strikes|shelling|bombardment|drone[ \t]+attacks)[ \t]+(?:continued|resumed)[ \t]+"
    r"(?:overnight|on|into|through|the[ \t]+(?:next|following)[ \t]+(?:night|day))", re.IGNORECASE)
_SOME_OF_THE_THINGS = re.compile(r"\S+\s+of\s+(?:the|these|those)\s+\S", re.IGNORECASE)


def _mark_models_of_missile(claims: list[Claim]) -> None:
    """"31 Kh-101 cruise missiles, 4 Iskander-M ballistic missiles, 2 Kh-69 guided air missiles": the
    missiles of one model listed beside other kinds are some of the missiles, not all of them (alone,
    "four Kh-59/69 guided missiles" are all the missiles)."""
    for k, claim in enumerate(claims):
        if claim.role != "total" or claim.category not in _MODEL_CATEGORIES or not _MISSILE_MODEL.search(
                claim.text):
            continue
        kinds = _MODEL_CATEGORIES[claim.category]
        if any(c is not claim and c.document == claim.document and c.role == "total" and c.category in kinds
               and abs(c.sentence - claim.sentence) <= 2 for c in claims):
            claims[k] = replace(claim, role="subset")


_MODEL_CATEGORIES = {
    "missiles_launched": ("ballistic_launched", "cruise_launched", "missiles_launched"),
    "missiles_intercepted": ("missiles_intercepted",)}


_MISSILE_MODEL = re.compile(r"\b(?:Kh|KH|Х)-\d|\b(?:Kalibr|Kinzhal|Zircon|Tsirkon|Oniks|Onyx|Kh\d+)\b")


def _part_of_the_things_counted_before(text: str, claim: Claim, state: _ReadingState) -> Claim:
    """"destroyed 18 ... UAVs and missiles ... downed seven of the UAVs": some of the things a
    larger count of the same category told before, not a rival count of them."""
    whole = state.last_totals.get(claim.category)
    if (claim.role != "total" or whole is None or claim.value is None or whole.value is None
            or whole.value <= claim.value):
        return claim
    if claim.category in _THING_CATEGORIES and _SOME_OF_THE_THINGS.match(claim.text):
        return replace(claim, role="subset")
    if (claim.category in TOLLS and whole.sentence < claim.sentence
            and _A_NATIONALITY_S_PEOPLE.search(claim.text)):
        return replace(claim, role="subset")  # "More than 620 pilgrims have died ... 137 Indonesian pilgrims"
    if (claim.category in TOLLS and whole.sentence < claim.sentence
            and claim.entity in (None, "wounded", "injured") and state.sentence_claims
            and (group := state.sentence_claims[-1]).role == "subset"
            and _A_NATIONALITY_S_PEOPLE.search(group.text)
            and _KILLED_AND_BETWEEN.fullmatch(text, group.end, claim.start)):
        return replace(claim, role="subset")  # "eight Iraqi pilgrims were killed and 15 wounded": Iraqis too
    if (claim.category == "injured" and whole.sentence < claim.sentence
            and _BEEN_HOSPITALISED_AFTER.match(text, claim.end)):
        return replace(claim, role="subset")  # "24 were injured. ... 16 people have been hospitalised"
    if claim.category == "rescued" and whole.sentence < claim.sentence and _RESCUED_BY_A_MEANS_AFTER.match(
            text, claim.end):
        return replace(claim, role="subset")  # "rescued 47 people ... 7 people were winched to safety"
    if (claim.category == "killed" and (claim.entity or "").lower() in ("bodies", "body")
            and (whole.entity or "").lower() not in ("bodies", "body") and whole.sentence < claim.sentence
            and "bodies" not in text[max(0, whole.start - 16):whole.start]  # "the bodies of 27 migrants"
            and not _AND_MORE_AFTER.match(text, claim.end)  # "Seven bodies ..., and two more were found"
            and whole.scope.time in (None, claim.scope.time)
            and not whole.negated):
        # "The number who died ... has reached 24, after ... a woman who had been rescued alive died
        # at hospital ... 23 bodies had so far been pulled from the lake": the bodies recovered are
        # some of the dead, not a rival toll
        return replace(claim, role="subset")
    return claim


_BEEN_HOSPITALISED_AFTER = re.compile(r"(?:[ \t]+(?:people|persons|of\s+them))?[ \t]+(?:have|has|had)[ \t]+"
                                      r"been[ \t]+(?:hospitali[sz]ed|admitted)\b", re.IGNORECASE)
_RESCUED_BY_A_MEANS_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:winched|airlifted|hoisted|by[ \t]+(?:boat|helicopter|the[ \t]+(?:coastguard|army|navy)"
    r"[ \t]+helicopter|dinghy|raft|kayak)|in[ \t]+boats)\b", re.IGNORECASE)
_KILLED_AND_BETWEEN = re.compile(r"[ \t]+(?:were|had[ \t]+been|have[ \t]+been)[ \t]+"
                                 r"(?:killed|injured|wounded)[ \t]+and[ \t]+")
_A_NATIONALITY_S_PEOPLE = re.compile(r"\b[A-Z][a-z]+(?:ian|ese|ish|i|an|ch)[ \t]+(?:pilgrims|nationals|"
                                     r"citizens|people|workers|tourists|migrants|passengers|soldiers|"
                                     r"civilians|victims)\b")
_THING_CATEGORIES = frozenset({"drones_intercepted", "missiles_intercepted", "intercepted", "drones_lost",
                               "drones_hit", "missiles_hit"})


def _name_described_sources(claims: list[Claim], sources: list[str]) -> list[Claim]:
    """A source told only by its office ("the regional governor") is the one person the report
    names with that title ("Kursk Gov. Viktor Lazarev"), wherever in the report it names him."""
    described = {c.attribution for c in claims
                 if c.attribution and _DESCRIBED_OFFICE.fullmatch(c.attribution)}
    if not described:
        return claims
    named: dict[str, str] = {}
    for office in described:
        title = " ".join(_DESCRIBED_OFFICE.fullmatch(office).group("title").lower().split())  # type: ignore[union-attr]
        holders = {s for s in sources if s != office and _holds(s, _TITLE_WORDS[title])}
        if len(holders) == 1:
            named[office] = holders.pop()
    return [replace(c, attribution=named[c.attribution]) if c.attribution in named else c for c in claims]


def _holds(source: str, titles: tuple[str, ...]) -> bool:
    """"Kursk Gov. Viktor Lazarev": a title word, then a person's name (two capitalised words)."""
    words = source.split()
    for i, w in enumerate(words[:-2]):
        if w.lower() in titles and all(n[:1].isupper() and n.isalpha() for n in words[i + 1:i + 3]):
            return True
    return False


# "Twelve bodies had been recovered by Wednesday night": the count as it stood then
# "by Wednesday night", "by the morning": an hour a count stood at
_BY_AN_HOUR = (r"by\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|midnight|noon|dawn|"
               r"the\s+(?:morning|evening|afternoon|night|end)\b)")
_HAD_BEEN_BY = re.compile(r"[^.;]{0,40}?\bhad\s+been\s+\w+\s+(?:\w+\s+)?" + _BY_AN_HOUR, re.IGNORECASE)


_BY_A_DAY_AFTER = re.compile(r"[ \t]+" + _BY_AN_HOUR, re.IGNORECASE)
# a sentence that opens on the hour its count stood at: "By late Saturday, ...", "By 6 p.m., ..."
_BY_A_TIME_OPENING = re.compile(
    r"(?:^|[.!?][ \t]+|\n)By[ \t]+(?:late[ \t]+|early[ \t]+|mid-?)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"midnight|noon|midday|dawn|nightfall|the[ \t]+(?:morning|evening|afternoon|night)|"
    r"\d{1,2}(?:[:.]\d{2})?[ \t]*(?:a\.?m\.?|p\.?m\.?))(?:[ \t]+(?:morning|evening|afternoon|night))?,"
    r"[^.;]{0,100}$", re.IGNORECASE)
# "By late Saturday, rescuers had recovered six bodies": a count's own pluperfect, not "he had learned"
_HAD_COUNTED = re.compile(r"\bhad[ \t]+(?:been[ \t]+)?(?:recovered|retrieved|found|pulled|confirmed|reported|"
                          r"counted|recorded|registered|died|killed|injured|rescued)\b")
_HAD_BEEN_AFTER = re.compile(r"[^.;]{0,30}?\bhad[ \t]+been\b")
_HAD_DONE_BEFORE = re.compile(r"\bhad[ \t]+(?:recovered|retrieved|found|pulled[ \t]+out|counted|confirmed|"
                              r"reported|registered|recorded)[ \t]+$")
# "Seven bodies were recovered overnight, and two more were found ...": seven, then nine
_AND_MORE_AFTER = re.compile(r"[^.;]{0,60}?(?:,?\s+and|;)\s+"
                             # (not "has killed 27 people ... and sickened hundreds more": another fate)
                             r"(?!(?:sickened|injured|wounded|hurt|infected|affected|displaced|left)\b)"
                             r"(?:\w+\s+){1,2}(?:more|additional|further)\b"
                             r"(?!\s+than\b)"  # not "and injured more than 200 others": a qualifier
                             # nor "four people lost their lives and two more were injured": another fate
                             r"(?!\s+(?:were|was|are|have\s+been|had\s+been)\s+(?:injured|wounded|hurt|missing|"
                             r"rescued|hospitali[sz]ed|treated)\b)",
                             re.IGNORECASE)


_AT_A_CLOCK_BEFORE_A_FIGURE = re.compile(
    r"(?:^|[.!?][ \t]+|\n)(?:At|By|As[ \t]+of)[ \t]+(?:about[ \t]+|around[ \t]+)?\d{1,2}(?:[:.]\d{2})?[ \t]*"
    r"(?:a\.?m\.?|p\.?m\.?)?[ \t]*,?[ \t]+(?:the[ \t]+)?[a-z][^.;\d]{0,50}\b(?:reported|put|gave|said|"
    r"counted|announced|confirmed|stood[ \t]+at)[ \t]+"
    r"(?:the[ \t]+(?:toll|number|figure|count)[ \t]+(?:at|as)[ \t]+)?$|"
    # "In the morning, officials had spoken of three dead": the count of an earlier hour
    r"(?:^|[.!?][ \t]+|\n)(?:In[ \t]+the[ \t]+morning|This[ \t]+morning|At[ \t]+first|Initially|"
    r"Earlier(?:[ \t]+(?:today|in[ \t]+the[ \t]+day))?),?[ \t]+(?:the[ \t]+)?[a-z][^.;\d]{0,50}\b"
    r"(?:had[ \t]+)?(?:spoken[ \t]+of|reported|put[ \t]+the[ \t]+(?:toll|number)[ \t]+at|given|counted|"
    r"announced|confirmed)[ \t]+$")


def _counts_by_an_earlier_time(text: str, claims: list[Claim]) -> None:
    """A toll that "had been recovered by Wednesday night" is the count as it stood then: the
    toll's history when the article gives a larger one ("bringing the toll to 17"), its toll
    when it is the only one ("31 bodies had been recovered by Wednesday afternoon")."""
    for i, c in enumerate(claims):
        if c.role != "total" or c.category not in TOLLS or c.low is None or not (
                _HAD_BEEN_BY.match(text, c.end) or _AND_MORE_AFTER.match(text, c.end)
                # "Police had recovered 10 bodies by Tuesday night"
                or (_BY_A_DAY_AFTER.match(text, c.end) and _HAD_DONE_BEFORE.search(text, max(0, c.start - 30),
                                                                                  c.start))
                # "At 6:10 a.m. the administration reported 14 injured. An hour later ..."
                or _AT_A_CLOCK_BEFORE_A_FIGURE.search(text, max(0, c.start - 90), c.start)
                # "By late Saturday, the bodies of six miners had been retrieved. Two more ..."
                or ((by_then := _BY_A_TIME_OPENING.search(text, max(0, c.start - 150), c.start))
                    and (_HAD_COUNTED.search(text, by_then.start(), c.start)
                         or " stood at " in text[by_then.start():c.start]
                         or _HAD_BEEN_AFTER.match(text, c.end)))):
            continue
        if any(o.category == c.category and o.role == "total" and o.document == c.document
               and o.low is not None and o.low > c.low
               and (None in (o.scope.place, c.scope.place) or o.scope.place == c.scope.place)
               for o in claims):
            claims[i] = replace(c, role="background")


def _a_span_told_night_by_night(text: str, claims: list[Claim]) -> None:
    """"shot down 211 Ukrainian drones over the weekend: 127 on the night to Saturday and 84 on the
    night to Sunday": a count that a list after its colon gives night by night (or day by day) is
    the count of several nights, another period than the one reported, and so are its items, each
    night's (the periods' checks hold them together)."""
    by_sentence = _indices_by_sentence(claims)
    for i, c in enumerate(claims):
        if c.role != "total" or c.value is None or text.find(":", c.end, c.end + 61) < 0 or (
                not _A_COLON_SOON_AFTER.match(text, c.end)):
            continue
        items = [k for k in by_sentence[(c.document, c.sentence)]
                 if claims[k].start > c.end and claims[k].category == c.category]
        if len(items) >= 2 and all(_A_NIGHT_OR_DAY_AFTER.match(text, claims[k].end) for k in items):
            for k in (i, *items):
                claims[k] = replace(claims[k], role="background")


def _at(claims: list[Claim], claim: Claim) -> int:
    """Where `claim` stands in `claims` (as `list.index` finds it), looked for from the end: the
    claims a reading replaces are mostly the latest told, so a live blog's reading stays linear."""
    for k in range(len(claims) - 1, -1, -1):
        if claims[k].id == claim.id and claims[k] == claim:
            return k
    raise ValueError(f"{claim.id} is not among the claims")


def _indices_by_sentence(claims: list[Claim]) -> dict[tuple[str, int], list[int]]:
    """Where each sentence's claims stand in the list, so that a pass over them stays linear."""
    out: dict[tuple[str, int], list[int]] = {}
    for k, c in enumerate(claims):
        out.setdefault((c.document, c.sentence), []).append(k)
    return out


_A_COLON_SOON_AFTER = re.compile(r"[^.;:\d]{0,60}:[ \t]")
_A_NIGHT_OR_DAY_AFTER = re.compile(
    r"(?:[ \t]+[a-z]+){0,2}?[ \t]+(?:on|in|during|overnight)[ \t]+(?:the[ \t]+)?(?:"
    r"night[ \t]+(?:to|of|into|before)[ \t]+\w+|(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:[ \t]+night)?|"
    r"(?:first|second|third|last)[ \t]+night)\b", re.IGNORECASE)


def _everyone_of_whom_some_lived(text: str, claims: list[Claim]) -> None:
    """"31 persons have been retrieved from the debris ..., of whom 21 were rescued alive and 12 bodies
    were recovered": a count whose "of whom" goes on to the living and the dead is everyone it befell,
    not the rescued nor the dead."""
    by_sentence = _indices_by_sentence(claims)
    for i, c in enumerate(claims):
        if c.category not in ("rescued", "killed") or c.role != "total" or c.value is None:
            continue
        of_whom = OF_WHOM_AFTER.match(text, c.end)
        if of_whom is None:
            continue
        after = {claims[k].category for k in by_sentence[(c.document, c.sentence)]
                 if claims[k].start >= of_whom.end()}
        if {"rescued", "killed"} <= after:
            claims[i] = replace(c, category="other")


# "31 persons have been retrieved ..., of whom": what the list after it tells of them (the rules read it too)
OF_WHOM_AFTER = re.compile(r"[^.;:]{0,80}?,[ \t]+of[ \t]+(?:whom|them)[ \t]+")


def _missing_as_they_stood_earlier(text: str, claims: list[Claim]) -> None:
    """"He was one of three people still missing at lunchtime. Two people are now unaccounted
    for": the missing told at an earlier hour, before a later count of them, are how many were
    missing then, not a rival count."""
    for i, c in enumerate(claims):
        if c.category != "missing" or c.role != "total" or not (
                _AT_AN_EARLIER_HOUR_AFTER.match(text, c.end)
                # "Of the nine people on the list of missing, five were found dead ... Two people are still
                # being searched for": those missing once, whose fates the sentence goes on to tell
                or _OF_THE_OPENING_JUST_BEFORE.search(text, max(0, c.start - 12), c.start)
                # "The bodies of four of the nine fishermen who remained missing were recovered ...; five are
                # still unaccounted for"
                or _SOME_OF_THE_JUST_BEFORE.search(text, max(0, c.start - 24), c.start)):
            continue
        if any(o.category == "missing" and o.role == "total" and o.document == c.document
               and o.start > c.end for o in claims):
            claims[i] = replace(c, role="background")


_SOME_OF_THE_JUST_BEFORE = re.compile(r"\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|"
                                      r"eleven|twelve)[ \t]+of[ \t]+the[ \t]+$", re.IGNORECASE)
_OF_THE_OPENING_JUST_BEFORE = re.compile(r"(?:^|[.!?][ \t]+|\n)[\"\u201c]?Of[ \t]+the[ \t]+$")
_AT_AN_EARLIER_HOUR_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:at[ \t]+lunchtime|(?:this|in[ \t]+the)[ \t]+morning|"
    r"earlier(?:[ \t]+(?:today|in[ \t]+the[ \t]+day))?|"
    r"overnight|last[ \t]+night|at[ \t]+dawn|by[ \t]+(?:midday|noon|mid-morning)|at[ \t]+(?:noon|midday))\b",
    re.IGNORECASE)


def _restatements_keep_their_source(text: str, claims: list[Claim]) -> None:
    """"The toll rose to 14, officials said. ... Post-mortems were conducted on 11 of the 14
    bodies": the whole a part is taken of, named again with no source or time of its own, is
    still the source's figure of that time."""
    said: dict[tuple[str, float, str], str] = {}
    dated: dict[tuple[str, float, str], str] = {}
    for i, c in enumerate(claims):
        if c.role != "total" or c.category == "other" or c.value is None:
            continue
        key = (c.category, c.value, c.unit)
        restated = (key in said or key in dated) and _OF_THE_WHOLE_BEFORE.search(
            text, max(0, c.start - 20), c.start)
        if c.attribution is not None:
            said.setdefault(key, c.attribution)
        elif restated and key in said:
            c = claims[i] = replace(c, attribution=said[key])
        if c.scope.time is not None:
            dated.setdefault(key, c.scope.time)
        elif restated and key in dated:  # "Of the 23 dead, ..." after a toll of 23 "as of Monday"
            claims[i] = replace(c, scope=replace(c.scope, time=dated[key]))
    _unsourced_figures_take_their_source(claims)


def _unsourced_figures_take_their_source(claims: list[Claim]) -> None:
    """"No fewer than 23 persons have been killed ..." and, paragraphs later, "The chairman put the
    death toll at 23": a figure the article states without a source, which one named source gives
    too, is that source's figure, not the reporter's own against every other source's. (Two
    sources giving it, it stays unsourced.)"""
    sources: dict[tuple[str, float, str], list[Claim]] = {}  # figure -> the named claims giving it
    for c in claims:
        if c.attribution is not None and c.role == "total" and c.category != "other" and c.value is not None:
            sources.setdefault((c.category, c.value, c.unit), []).append(c)
    for i, c in enumerate(claims):
        if c.attribution is None and c.role == "total" and c.category != "other" and c.value is not None:
            # "more than 80", says the mayor; "well below 80", the verdict: the same number, not his figure
            same = sources.get((c.category, c.value, c.unit), ())
            named = {n.attribution.lower(): n.attribution for n in same
                     if n.attribution and n.interval.overlaps(c.interval)}
            if len(named) == 1:
                claims[i] = replace(c, attribution=next(iter(named.values())))


_OF_THE_WHOLE_BEFORE = re.compile(r"\b(?:out\s+)?of\s+(?:the|these|those|all)\s+$", re.IGNORECASE)


_OF_THESE_OPENING = re.compile(
    r"\s*(?:Of|Among)\s+(?:these|them|those)(?:\s+(?:patients|people|victims))?\s*,")
_KINDS_OF_THE_HARMED = frozenset({"killed", "injured", "missing", "rescued", "abducted", "casualties"})


_THE_BEFORE = re.compile(r"\b(?:the|all|all\s+the)\s+$", re.IGNORECASE)
# "the four recovered this afternoon": a group told before, by what befell it (not "the five injured")
_A_PARTICIPLE_AFTER = re.compile(r"[ \t]+(?!(?:injured|wounded|killed|rescued|evacuated|displaced|arrested|"
                                 r"detained|hospitali[sz]ed|infected|affected|confirmed|reported|recorded|"
                                 r"registered|verified|listed|identified)\b)(?:[a-z]+ed|found|taken|brought)"
                                 r"[ \t]+(?!by\b)[a-z]")


def _a_part_named_again(text: str, claims: list[Claim]) -> None:
    """"Five bodies ... are being kept at the morgue ... DNA samples from 11 relatives of the five
    victims": the part just told, named again with "the", not the whole toll."""
    tolls: dict[str, set[float]] = {}  # category -> the values of the totals told so far
    largest: dict[str, float] = {}
    for i, c in enumerate(claims):
        told = tolls.setdefault(c.category, set())
        # a part of a toll told before, not "12 of whom died" of the 9,184 taken to hospital
        if (c.role == "total" and c.category in TOLLS and c.value is not None
                and c.value not in told and largest.get(c.category, c.value) > c.value
                and any(claims[j].role == "subset" and claims[j].category == c.category
                        and claims[j].value == c.value and claims[j].sentence < c.sentence
                        # "three people had died in his union alone, ... he said. "We have found three
                        # bodies"": the same speaker's part, told again in his next sentence
                        and (_THE_BEFORE.search(text, max(0, c.start - 12), c.start) or (
                            claims[j].attribution is not None and claims[j].attribution == c.attribution
                            and claims[j].sentence == c.sentence - 1))
                        for j in _claims_just_before(claims, i, 2))):
            claims[i] = replace(c, role="subset")
        elif c.role == "total" and c.value is not None:
            told.add(c.value)
            largest[c.category] = max(largest.get(c.category, c.value), c.value)


def _the_victims_named_again(text: str, claims: list[Claim]) -> None:
    """"The toll has risen to 15. ... The 15 victims were 9 men and 7 women": the victims, named
    with "the" and the toll's number, are the dead (or the injured) counted before."""
    for i, c in enumerate(claims):
        if c.category != "other" or c.role != "total" or c.value is None or (c.entity or "").lower() not in (
                "victims", "people", "persons") or not _THE_BEFORE.search(
                    text, max(0, c.start - 12), c.start):
            continue
        tolls = {e.category for e in claims[:i] if e.category in ("killed", "injured") and e.value == c.value
                 and e.role in ("total", "background") and e.unit == c.unit}
        parts = {e.category for e in claims[i + 1:] if e.sentence == c.sentence and e.role == "subset"}
        earlier = {e.category for e in claims[:i] if e.role == "total" and e.category in TOLLS}
        if not tolls and (c.entity or "").lower() == "victims" and parts == {"killed"} and (
                "killed" in earlier):
            tolls = {"killed"}  # "The 43 victims include 11 women and nine children", after a toll of 38
        if len(tolls) == 1:
            category = tolls.pop()
            claims[i] = replace(c, category=category)
            for k in range(i + 1, len(claims)):  # its parts, "9 men and 7 women"
                part = claims[k]
                if part.sentence != c.sentence or part.role != "subset" or part.category != "other":
                    break
                claims[k] = replace(part, category=category)


def _the_lead_s_tally(text: str, claims: list[Claim]) -> None:
    """"The death toll ... since the onset of the monsoon on June 26 has risen to 214" opening a
    report that breaks it down by province and gives no other toll: the period's tally is what
    the report is about, its toll, not another period's."""
    for category in ("killed", "injured"):
        of_category = [c for c in claims if c.category == category]
        if not of_category or any(c.role == "total" for c in of_category):
            continue
        lead = of_category[0]
        start = max(text.rfind(". ", 0, lead.start), text.rfind("\n", 0, lead.start)) + 1
        end = min(i for i in (text.find(". ", lead.end), text.find("\n", lead.end), len(text)) if i >= 0)
        if (lead.role == "background" and lead.sentence == claims[0].sentence
                and "since" in text[start:end].lower() and any(c.role == "subset" for c in of_category)):
            claims[_at(claims, lead)] = replace(lead, role="total")


def _parts_take_the_scope_of_the_whole_named_first(text: str, claims: list[Claim]) -> None:
    """"Of the 23 bodies, 14 were found inside the launch, six ... near the wreck and four washed
    ashore downstream at Baluakandi": the parts are the 23's, where and when it is; the place
    of the last item's clause, spread over the sentence, is no place of the others."""
    for i, whole in enumerate(claims):
        if (whole.role != "total" or whole.category not in TOLLS or not text.startswith(",", whole.end)
                or not _WHOLE_NAMED_FIRST.search(text, max(0, whole.start - 16), whole.start)):
            continue
        parts = []
        for k in range(i + 1, len(claims)):
            if claims[k].sentence != whole.sentence or claims[k].document != whole.document:
                break  # the sentence's own claims follow the whole, and end with it
            if claims[k].role == "subset" and claims[k].category == whole.category:
                parts.append(k)
        places = {claims[k].scope.place for k in parts}
        if len(parts) >= 2 and len(places) == 1 and places != {whole.scope.place}:
            for k in parts:
                claims[k] = replace(claims[k], scope=whole.scope)


def _told_again_with_its_period(claims: list[Claim]) -> None:
    """"Gaza death toll rises to 72,406" over a post that says "That brings the toll since October 7,
    2023, to 72,406 killed": a toll told first with no period is the period's one told just after."""
    for i, c in enumerate(claims):
        if c.role != "total" or c.category not in TOLLS or c.value is None or c.scope.time is not None:
            continue
        told = next((later for later in claims[i + 1:] if later.role == "background"
                     and later.scope.time is not None  # not "Oklahoma's toll was first reported as five"
                     and later.category == c.category and later.value == c.value
                     and c.sentence < later.sentence <= c.sentence + 4
                     and later.document == c.document), None)
        if told is not None:
            claims[i] = replace(c, role="background", scope=replace(c.scope, time=told.scope.time))


_OF_THEM_AFTER = re.compile(r"[ \t]+of[ \t]+(?:them|these|those)\b")
# "Of all these, 433 were shot down": of everything the sentence before counted
# "Of these,", "Of these UAVs,": the figures after it are some of the sentence before's
_OF_ALL_THESE_OPENING = re.compile(r"[ \t\"\u201c]*Of[ \t]+(?:all[ \t]+)?(?:these|them|those)"
                                   r"(?:[ \t]+[A-Za-z-]+){0,2}[ \t]*,", re.IGNORECASE)


_IN_THOSE_AFTER = re.compile(r"[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:in|during|from)[ \t]+(?:those|these|them)\b")
_ANOTHER_PERIOD_TIME = re.compile(r"(?:last|previous|past)\s+(?:year|month|week|decade|season|winter|summer|"
                                  r"spring|autumn)|in\s+(?:19|20)\d\d|since\s+(?:19|20)\d\d", re.IGNORECASE)


def _those_who_died_somewhere(text: str, claims: list[Claim]) -> None:
    """"Extreme heat killed 512 people ... Of the 158 people who died indoors, 71 were ...": those of
    the toll told before who died in one way or place, a part of it."""
    largest: dict[str, float] = {}
    for i, c in enumerate(claims):
        if c.role in ("total", "background") and c.category in TOLLS and c.value is not None:
            if c.role == "total" and largest.get(c.category, 0) > c.value and (
                    (_OF_THE_OPENING_JUST_BEFORE.search(text, max(0, c.start - 12), c.start)
                     and _WHO_DIED_SOMEHOW_AFTER.match(text, c.end))
                    # "around 60 deaths occurred among people aged under 65 in London alone": an age
                    # group's share
                    or _AMONG_AN_AGE_GROUP_AFTER.match(text, c.end)):
                claims[i] = replace(c, role="subset")
                continue
            largest[c.category] = max(largest.get(c.category, 0), c.value)


_AMONG_AN_AGE_GROUP_AFTER = re.compile(r"[ \t]+(?:occurred[ \t]+|were[ \t]+(?:recorded[ \t]+)?)?"
                                       r"among[ \t]+(?:people|those|residents|adults|men|women)[ \t]+"
                                       r"(?:aged|over|under)\b")
_WHO_DIED_SOMEHOW_AFTER = re.compile(r"[ \t]+(?:who|that)[ \t]+(?:had[ \t]+)?"
                                     r"(?:died|were[ \t]+killed|perished)[ \t]+(?!,)[a-z]")


def _the_families_of_a_group_told_before(text: str, claims: list[Claim]) -> None:
    """""All 14 of our kababayan are accounted for. ... The families of the 14 were informed": the
    families of the people counted before, none of them dead, not the families of 14 dead."""
    for i, c in enumerate(claims):
        if c.category != "killed" or c.role != "total" or c.entity or c.value is None or not text.endswith(
                _THE_FAMILIES_OF_THE, 0, c.start):
            continue
        told = [e for e in claims[:i] if e.value == c.value and e.document == c.document]
        if told and all(e.category == "other" for e in told):
            claims[i] = replace(c, category="other")


def _a_family_s_dead(text: str, claims: list[Claim]) -> None:
    """"The bodies of Tek Bahadur Pun's wife and two daughters were recovered": one family's dead, a
    part of the toll."""
    for i, c in enumerate(claims):
        if c.role == "total" and c.category in TOLLS and (c.entity or "").lower() in _KIN_NOUNS and (
                _A_FAMILY_S_BEFORE.search(text, max(0, c.start - 40), c.start)):
            claims[i] = replace(c, role="subset")


def _the_missing_named_again(text: str, claims: list[Claim]) -> None:
    """"a Chilean flag with the names of the seven trapped men": everyone trapped once, named again,
    not how many are missing now."""
    for i, c in enumerate(claims):
        if c.category == "missing" and c.role == "total" and text.endswith(_THE_NAMES_OF_THE, 0, c.start):
            claims[i] = replace(c, role="background")


_KIN_NOUNS = frozenset("daughters sons children brothers sisters grandchildren grandsons granddaughters "
                       "nephews nieces cousins siblings relatives".split())
_A_FAMILY_S_BEFORE = re.compile(r"(?:['\u2019]s|\b(?:his|her|their))[ \t]+"
                                r"(?:(?:wife|husband|mother|father|son|daughter)[ \t]+and[ \t]+)?$",
                                re.IGNORECASE)
_THE_FAMILIES_OF_THE = ("families of the ", "relatives of the ", "families of all ")
_THE_NAMES_OF_THE = ("names of the ", "names of all ", "families of the ", "relatives of the ")


def _a_toll_of_those_of_another_period(text: str, claims: list[Claim]) -> None:
    """"... were called out to 1,140 building fires last year. Six people died in those fires": a toll
    of the figures just told, of their period, not the event's."""
    by_sentence = _indices_by_sentence(claims)
    for i, c in enumerate(claims):
        if c.role != "total" or c.category not in TOLLS or not _IN_THOSE_AFTER.match(text, c.end):
            continue
        period = next((claims[k].scope.time for k in by_sentence.get((c.document, c.sentence - 1), ())
                       if _ANOTHER_PERIOD_TIME.fullmatch(claims[k].scope.time or "")), None)
        if period is not None:
            claims[i] = replace(c, role="background", scope=replace(c.scope, time=period))


def _restated_background(text: str, claims: list[Claim]) -> None:
    """A month's tally named again is still the month's: "launched 196 missiles over the month",
    then "151 of the 196 missiles were intercepted" and "4,860 of the drones" are not the night's."""
    background: list[Claim] = []  # the figures of another period read so far, in order
    for i, c in enumerate(claims):
        if c.role == "background":
            background.append(c)
        if c.role != "total" or c.category == "other" or c.category in TOLLS or not background:
            continue  # a toll's restatements are read where they stand (a day's toll in a war's)
        listed_under = next((e for e in reversed(background) if e.sentence == c.sentence and e.end < c.start
                             and ":" in text[e.end:c.start] and e.category in _THING_CATEGORIES), None)
        if listed_under is not None and c.category in _THING_CATEGORIES:
            claims[i] = replace(c, role="background")  # "4,342 of them: 4,203 drones and 139 missiles"
            background.append(claims[i])
            continue
        before = next((claims[j] for j in range(i - 1, -1, -1) if claims[j].sentence < c.sentence), None)
        if before is not None and before.role == "background" and before.sentence == c.sentence - 1 and (
                _WHAT_THAT_LEFT_OPENING.match(text, max(text.rfind(". ", 0, c.start),
                                                        text.rfind("\n", 0, c.start)) + 1)
                or _THAT_NIGHT_AFTER.match(text, c.end)):
            # "... shot down 4,870 of the drones [of March]. That left roughly 450 drones that hit their
            # targets": the remainder of the figures just told, of their period; "... on the night of 7 May,
            # when the enemy launched 397 UAVs. Air defence neutralised 364 UAVs and 26 missiles that night"
            claims[i] = replace(c, role="background")
            background.append(claims[i])
            continue
        related = (c.category, _LAUNCHED_OF.get(c.category))
        earlier = [e for e in background if e.unit == c.unit and c.sentence - 3 <= e.sentence < c.sentence
                   and e.category in related]
        if not earlier:
            continue
        restated = any(e.value == c.value and e.category == c.category for e in earlier)
        stop = max(text.rfind(". ", 0, c.start), text.rfind("\n", 0, c.start))
        # "Of these, 38 missiles ...", "shot down or suppressed 4,342 of them"
        of_these = bool(_OF_THESE_OPENING.match(text, stop + 1, c.start) or _OF_THEM_AFTER.match(
            text, c.end))
        if restated or of_these or _PART_OF_THE_THINGS.match(c.text):
            claims[i] = replace(c, role="background")
            background.append(claims[i])
        part = claims[i - 1] if i else None
        if restated and part is not None and part.sentence == c.sentence and part.role == "total" and (
                text[part.end:c.start].strip().lower() in ("of the", "out of the", "of")):
            claims[i - 1] = replace(part, role="background")  # "151 of the 196 missiles"
            background.append(claims[i - 1])


_PART_OF_THE_THINGS = re.compile(
    r"\S+\s+of\s+(?:the|these|those)\s+(?:drones|missiles|rockets|targets|UAVs)\b", re.IGNORECASE)


def _paragraph_place(text: str, state: _ReadingState) -> str | None:
    """The last place named in the earlier sentences of the paragraph, looked up only when a
    figure needs it."""
    for start, end in reversed(state.paragraph_sentences):
        if start not in state.sentence_places:  # each sentence is looked at once per document
            state.sentence_places[start] = _place(text, start, end, end, None)
        if state.sentence_places[start]:
            return state.sentence_places[start]
    return None


_NATIONWIDE_OPENING = re.compile(r"[ \t\"\u201c]*(?:Nationwide|Across\s+the\s+country|Across\s+Ukraine|"
                                 r"Across\s+Russia|Countrywide)\s*,")
_PLACE_SENTENCE = re.compile(r"[ \t]*(?P<place>[A-Z][\w'\u2019-]+(?:[ \t]+(?:[A-Z][\w'\u2019-]+|district|"
                             r"community|region|oblast|hromada|city)){0,2})[ \t]*\.[ \t]*")
_AREA_COLON_OPENING = re.compile(r"[ \t]*(?P<place>[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+)?[ \t]+"
                                 r"(?:community|hromada|district|raion|municipality))[ \t]*"
                                 r"(?::|[\u2014\u2013-](?=[ \t]))[ \t]")  # "Darnytskyi district - 3 fires"
_DATED_PLACE_OPENING = re.compile(
    rf"\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{{1,2}}\s+(?:{_MONTH_NAMES})|(?:{_MONTH_NAMES})"
    rf"\s+\d{{1,2}})\s*,\s*(?:[^.,]{{2,40}},\s*)?(?P<place>[A-Z][\w'\u2019\-]+(?:\s+[A-Z][\w'\u2019\-]+)?)\s*\.\s*")
_AREA_LABEL_OPENING = re.compile(r"[ \t]*(?P<place>[A-Z][A-Z'\-]+(?:[ \t]+[A-Z][A-Z'\-]+){0,2}[ \t]+"
                                 r"(?:COUNTY|DISTRICT|PROVINCE|REGION|STATE|PARISH|OBLAST|PREFECTURE))"
                                 r"[ \t]*[\u2014\u2013:-]")
_HEADING_SMALL_WORDS = frozenset({"ON", "IN", "ACROSS", "OVER", "AT", "OF", "NEAR", "THE", "AND", "TO"})


def _heading_place(line: str) -> str | None:
    """For a heading in capitals ("ISRAELI STRIKES ON YEMEN"): the place it names, "" for
    none; None when the line is no such heading."""
    line = line.strip().strip(".").strip()  # a weather service's ".DUNMORE TORNADO..."
    if line.endswith(")") and (bracket := _BRACKET_AT_THE_END.search(line)):
        line = line[:bracket.start()]  # "HAITI (source: Civil Protection General Directorate, DGPC)"
    if len(line) > 80 or not line.isupper() or any(ch in line for ch in ".!?:"):
        return None
    words = line.split()
    cased = " ".join(w.lower() if w in _HEADING_SMALL_WORDS else w.capitalize() for w in words)
    if cased in COUNTRY_NAMES or _AREA_NAME.fullmatch(cased):
        return cased  # a situation report's section per country: "JAMAICA", "TURKS AND CAICOS ISLANDS"
    if len(words) < 2:
        return None
    named = _NAMED_EVENT.fullmatch(cased)
    place = _place(cased, 0, len(cased), len(cased), None)
    if place and set(place.split()) <= _HEADING_NOUNS:
        place = None  # "CAUSES OF CASUALTIES": what the section counts, not where
    return place or (named.group("place") if named else "")


_HEADING_NOUNS = frozenset("Casualties Deaths Victims Injuries Fatalities Damage Displacement Attacks "
                           "Strikes Incidents Causes Figures Numbers Toll Tolls Response Needs".split())


_BRACKET_AT_THE_END = re.compile(r"\s*\([^()]{1,80}\)$")
_AREA_NAME = re.compile(r"(?:[A-Z][a-z]+ (?:and )?){1,3}(?:Islands|Island|Province|Region|County|District|"
                        r"Department|Parish|Governorate|Oblast)")


_NAMED_EVENT = re.compile(r"(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:Tornado|Fire|Wildfire|Flood|Floods|"
                          r"Earthquake|Quake|Storm|Attack|Strike|Blast|Explosion|Crash|Collapse|Landslide)")


_IN_TOTAL_NEAR = re.compile(r"[^.;,]{0,40}?\b(?:in\s+total|in\s+all|altogether|all\s+told)\b", re.IGNORECASE)


def _mark_parts_of_an_overall_total(text: str, sentence_start: int, claims: list[Claim],
                                    sentence_claims: list[Claim]) -> None:
    """"In total, 3 people were killed and 19 wounded in the region", "Eight people were
    injured in total": the smaller tolls the article gave before, place by place or group by
    group, are parts of the overall one, not rivals."""
    overall = bool(_OVERALL.match(text, sentence_start))
    for total_claim in sentence_claims:
        if total_claim.role != "total" or total_claim.unit != "count" or total_claim.category == "other":
            continue
        if not overall and not _IN_TOTAL_NEAR.match(text, total_claim.end):
            continue
        top = total_claim.high if total_claim.high is not None else float("inf")
        for k, earlier in enumerate(claims):
            if earlier.start >= sentence_start:
                break
            if (earlier.category == total_claim.category and earlier.role == "total"
                    and earlier.unit == "count" and earlier.high is not None and earlier.high <= top
                    and not (k == 0 and earlier.category in _HARM and _the_same_count(earlier, total_claim))
                    # "rose to 12 ... The dead, 12 in all, are seven women, ...": the same count, told again
                    and not (earlier.value is not None and earlier.value == total_claim.value
                             and earlier.qualifier == total_claim.qualifier == "exact")):
                claims[k] = replace(earlier, role="subset")


def _the_same_count(a: Claim, b: Claim) -> bool:
    """"Sixteen miners have been killed ..." opening the article and "In all, 18 miners died": no
    place or group sets the lead's toll apart, so it is no part of the second but a rival of it."""
    return (a.scope.place == b.scope.place and a.entity is not None and b.entity is not None
            and a.entity.lower().rstrip("s") == b.entity.lower().rstrip("s"))


def _mark_parts_of_a_sum(text: str, claims: list[Claim], sentence_claims: list[Claim],
                         lexicon: Lexicon) -> None:
    """"141 passengers and six crew members on board, 148 people in all": the figures before
    a total said to be "in all" are its parts (a selection inside them, "including three
    infants", stays a part of its own figure); so are "four more" ("rescued 19 people ... and four
    more from two capsized boats, 23 in all"), but not the boats."""
    for k, whole in enumerate(sentence_claims):
        if k < 2 or whole.role not in ("total", "subset") or not IN_ALL_AFTER.match(text, whole.end):
            continue
        items = [(j, c) for j, c in enumerate(sentence_claims[:k])
                 if c.role in ("total", "subset", "increment") and c.unit == whole.unit
                 and (c.category == whole.category or (
                     c.category == "other"
                     and lexicon.entity_group((c.entity or "").lower()) in (None, "person")))
                 and not _SUBSET_BEFORE.search(text, max(0, c.start - 30), c.start)
                 and not _OF_THEM.match(text, c.end)]
        if len(items) < 2:
            continue
        if whole.role != "total":  # the list's last item it looked like is the list's total
            sentence_claims[k] = replace(whole, role="total")
            claims[_at(claims, whole)] = sentence_claims[k]
        for j, item in items:
            part = replace(item, role="subset", category=whole.category)
            sentence_claims[j] = part
            claims[_at(claims, item)] = part


_LISTED_PLACE_BEFORE = re.compile(r"(?:,|\band)[ \t]+(?P<place>[A-Z][a-z\u00C0-\u024F'\-]+"
                                  r"(?:[ \t]+[A-Z][a-z\u00C0-\u024F'\-]+)?)[ \t]+$")
_PLACE_BEFORE_BRACKET = re.compile(r"\b([A-Z][\w'\-]+(?:[ \t]+[A-Z][\w'\-]+){0,2})[ \t]*\([ \t]*$")


def _inside_a_dash_aside_after_its_whole(text: str, sentence_start: int, mention: Mention, category: str,
                                         sentence_claims: list[Claim]) -> bool:
    """Whether a figure stands in an aside opened by a dash after a larger figure of its kind,
    earlier in the sentence: one place's share of that whole."""
    dash = _LAST_DASH_BEFORE.search(text, max(sentence_start, mention.start - 120), mention.start)
    return dash is not None and any(
        c.category == category and c.role in ("total", "subset") and c.value is not None
        and c.end <= dash.start() and (mention.value or 0) < c.value for c in sentence_claims)


_LAST_DASH_BEFORE = re.compile(r"[ \t](?:--|[\u2013\u2014-])[ \t](?!.*[ \t](?:--|[\u2013\u2014-])[ \t])")


def _bracketed_place(text: str, mention: Mention) -> str | None:
    """"Uttarakhand (84)", "Zinder (1,102 cases, 27 deaths)": a place's figures in brackets
    after its name, as rankings write them."""
    opening = text.rfind("(", max(0, mention.start - 60), mention.start)
    if opening < 0 or ")" in text[opening:mention.start] or ")" not in text[mention.end:mention.end + 60]:
        return None
    m = _PLACE_BEFORE_BRACKET.search(text, max(0, opening - 40), opening + 1)
    return _place_name(m.group(1)) if m else None


def _restated_earlier(text: str, opening_end: int, mention: Mention) -> bool:
    """The figure is inside an opening "Of the N ... on 12/02," that names an earlier count
    (`opening_end`: where the sentence's opening phrase ends, 0 if it has none)."""
    return mention.end <= opening_end and bool(_EARLIER_IN_PHRASE.search(text, mention.end, opening_end))


def _opens_with_a_group(text: str, opening_end: int, first: Claim, mention: Mention) -> bool:
    """The sentence opens with "Of the <first figure> ...," naming a toll's group, and the
    figure follows it."""
    return (first.category in TOLLS and first.start < opening_end <= mention.start
            and ";" not in text[opening_end:mention.start])


# "Here is a recap of the main developments:": each bullet a story of its own, no list of parts
_A_RECAP_HEADING = re.compile(r"\b(?:recap|main[ \t]+developments|key[ \t]+(?:events|points|developments)|"
                              r"what[ \t]+we[ \t]+know|summary|highlights|catch[ \t]+up)\b", re.IGNORECASE)


def _opens_a_list(text: str, sent: Sentence) -> bool:
    """The sentence ends with a colon: "... shot down or suppressed 168 air targets:"."""
    return text[max(sent.start, sent.end - 4):sent.end].rstrip().endswith(":")


def _mark_colon_list_items(text: str, claims: list[Claim], sentence_claims: list[Claim]) -> None:
    """"41 missiles: 28 Kh-101 cruise missiles, nine Iskander-M ballistic missiles and four
    Kalibr cruise missiles": in a list after a figure's colon, items of one category are kinds
    of it (Kh-101 and Kalibr), parts of one figure, not rival counts of it."""
    for k, whole in enumerate(sentence_claims[:-1]):
        after = sentence_claims[k + 1]
        gap = text[whole.end:after.start]
        # "Of these, 9 deaths have so far been confirmed as due to heatstroke: 4 in Uttar Pradesh, 3
        # in Rajasthan and 2 in Bihar": a part's list is of parts too
        if (whole.role in ("total", "subset", "background") and whole.category in TOLLS and ":" in gap
                and "|" not in gap and "\n" not in gap and not _A_FIGURE.search(gap)):
            # "In all, 44 injured people are being treated in hospitals: the 38 brought in by
            # ambulance overnight and six who came on their own": the people listed are some of them
            # (and of another period's figure, of that period)
            # "22 people have died ..., up from 17 in our previous report: 13 by drowning, ...": the
            # list is the 22's, not the level it rose from
            of_the_past = whole.role == "background" and not any(
                c.role == "total" and c.category == whole.category for c in sentence_claims[:k])
            for j in range(k + 1, len(sentence_claims)):
                item = sentence_claims[j]
                if item.category == whole.category and item.role == "total" and item.unit == whole.unit:
                    sentence_claims[j] = replace(item, role="background" if of_the_past else "subset")
                    claims[_at(claims, item)] = sentence_claims[j]
            return
        if k + 2 < len(sentence_claims) and _LIST_COLON_AFTER.match(text, whole.end):
            others = [j for j in range(k + 1, len(sentence_claims))
                      if sentence_claims[j].category != whole.category]
            marked = _mark_list_items_of_one_kind(claims, [sentence_claims[j] for j in others])
            for j, item in zip(others, marked, strict=True):
                sentence_claims[j] = item
            return


def _mark_people_listed_after_a_toll(text: str, claims: list[Claim], sentence_claims: list[Claim],
                                     lexicon: Lexicon) -> None:
    """"The number of dead has risen to 9: the 6 people on board the aircraft and 3 residents":
    people listed after a toll's colon, with no word of their own for what befell them, are
    the dead it is made of."""
    for k, whole in enumerate(sentence_claims[:-1]):
        if whole.category not in TOLLS or whole.role != "total" or not (
                _LIST_COLON_AFTER.match(text, whole.end)
                or _TAKEN_SOMEWHERE_THEN_A_COLON.match(text, whole.end)):
            continue
        for j in range(k + 1, len(sentence_claims)):
            item = sentence_claims[j]
            group = lexicon.entity_group((item.entity or "").lower()) if item.entity else None
            if item.unit != "count" or group not in (None, "person") or item.category not in (
                    "other", whole.category) or item.role not in ("total", "subset"):
                break  # (an item told as the toll's own kind, "and six in mild condition", is one too)
            moved = replace(item, category=whole.category, role="subset")
            claims[_at(claims, item)] = moved
            sentence_claims[j] = moved
        return


# "the passengers – 61 men, nine women and 12 children –": the people named before, told by kind
THE_PEOPLE_LISTED = (r"\bthe[ \t]+(?P<head>passengers|migrants|survivors|occupants|rescued|dead|victims|"
                     r"deceased|injured|wounded)[ \t]*(?:[\u2013\u2014:]|--|[ \t]-)")
_THE_PEOPLE_LISTED = re.compile(THE_PEOPLE_LISTED + r"[ \t]*$", re.IGNORECASE)
_KINDS_OF_EVERYONE = frozenset("men women children minors boys girls adults".split())
_HEAD_CATEGORY = {"dead": "killed", "victims": "killed", "deceased": "killed", "injured": "injured",
                  "wounded": "injured"}


def _mark_kinds_of_the_people_named_before(text: str, claims: list[Claim],
                                           sentence_claims: list[Claim]) -> None:
    """"The Hellenic Coast Guard rescued 84 migrants ... the passengers – 61 men, nine women and 12
    children – were transferred": men, women and children listed after the people a toll counted
    are that toll's parts."""
    first = sentence_claims[0]
    listed = _THE_PEOPLE_LISTED.search(text, max(0, first.start - 40), first.start)
    if listed is None:
        return
    items = []
    for item in sentence_claims:
        if item.category != "other" or (item.entity or "").lower() not in _KINDS_OF_EVERYONE:
            break
        items.append(item)
    if len(items) < 2:
        return
    head = listed.group("head").lower()
    category = _HEAD_CATEGORY.get(head, "rescued")
    # "The dead — six women and four men —" names the toll however far back it was told; "the
    # passengers" only the people counted just before
    reach = 8 if head in _HEAD_CATEGORY else 2
    before = [c for c in claims if c.end <= first.start and c.role == "total" and c.category == category
              and c.sentence >= first.sentence - reach]
    if not before:
        return
    for item in items:
        moved = replace(item, category=category, role="subset")
        claims[_at(claims, item)] = moved
        sentence_claims[sentence_claims.index(item)] = moved


def _the_dead_of_them(text: str, claims: list[Claim], sentence_claims: list[Claim]) -> None:
    """"All six deceased were ICU patients, and four of them were on ventilators": "of them" are
    the figure's just before, the dead, whatever state they were in."""
    for before, part in itertools.pairwise(sentence_claims):
        if before.category == "killed" and part.category == "injured" and part.role == "subset" and (
                N_OF_THEM.match(text, part.start)) and _A_STATE_OF_CARE_AFTER.match(text, part.end):
            moved = replace(part, category="killed")
            claims[_at(claims, part)] = moved
            sentence_claims[sentence_claims.index(part)] = moved


_A_STATE_OF_CARE_AFTER = re.compile(r"[ \t]+of[ \t]+them[ \t]+(?:were|had[ \t]+been)[ \t]+(?:on[ \t]+"
                                    r"(?:a[ \t]+)?ventilators?|in[ \t]+intensive[ \t]+care|"
                                    r"in[ \t]+the[ \t]+ICU)\b")


def _mark_dismissed_claims(text: str, claims: list[Claim], previous: list[Claim]) -> None:
    """The figures a sentence claimed ("Al-Shabaab claimed ... it had killed "more than 20 Kenyan
    soldiers"") when the next one dismisses the claim: reported only to be rejected, no fact."""
    for k, claim in enumerate(previous):
        start = max(text.rfind(". ", 0, claim.start), text.rfind("\n", 0, claim.start)) + 1
        if not claim.negated and CLAIMED_BEFORE.search(text, start, claim.start):
            marked = replace(claim, negated=True)
            claims[_at(claims, claim)] = marked
            previous[k] = marked


def _inherit_the_elided_noun(text: str, claims: list[Claim], sentence_claims: list[Claim]) -> None:
    """"Two police officers lost their lives and four were wounded": the four are police officers
    too, the noun said once (so they are not held against "11 civilians wounded")."""
    for before, bare in itertools.pairwise(sentence_claims):
        if bare.entity is not None or before.entity is None or before.entity.lower() in _ANYONE_NOUNS:
            continue
        if not _ELIDED_AFTER_AND.fullmatch(text, before.end, bare.start) or not _PASSIVE_FATE_AFTER.match(
                text, bare.end):
            continue
        moved = replace(bare, entity=before.entity)
        claims[_at(claims, bare)] = moved
        sentence_claims[sentence_claims.index(bare)] = moved


_ANYONE_NOUNS = frozenset("people persons person others individuals victims".split())
_ELIDED_AFTER_AND = re.compile(r"[ \t]+[a-z][a-z ]{0,40}?(?:,[ \t]*|[ \t]+)and[ \t]+(?:another[ \t]+)?")
_PASSIVE_FATE_AFTER = re.compile(r"[ \t]+(?:others[ \t]+|more[ \t]+)?(?:were|was|are|have[ \t]+been)[ \t]+"
                                 r"(?:wounded|injured|hurt|killed|missing|rescued|arrested)\b")


def _mark_dead_and_alive_wholes(text: str, claims: list[Claim], sentence_claims: list[Claim]) -> None:
    """"28 people were pulled out of the debris — 11 dead and 17 alive": the 28 are everyone
    taken out, the dead with the living, not 28 rescued; told by a list that follows them
    and adds up to them exactly."""
    for k, whole in enumerate(sentence_claims):
        if whole.category not in ("rescued", "missing") or whole.value is None or (
                k + 2 >= len(sentence_claims)):
            continue
        gap = text[whole.end:sentence_claims[k + 1].start]
        fates = {c.category: c for c in sentence_claims[k + 1:k + 3]}
        if set(fates) != {"killed", "rescued"} or sum(c.value or 0 for c in fates.values()) != whole.value:
            continue
        if whole.category == "missing" and " found " in gap:
            # "2 missing workers were found under the rubble on Thursday evening, one alive and one dead":
            # the missing found, each of them a part, no toll of its own
            for fate in fates.values():
                moved_fate = replace(fate, role="subset")
                claims[_at(claims, fate)] = moved_fate
                sentence_claims[sentence_claims.index(fate)] = moved_fate
        elif whole.category == "missing" or not any(
                mark in gap for mark in ("\u2014", "\u2013", "--", " - ", ":", "(")):
            continue
        moved = replace(whole, category="other")
        claims[_at(claims, whole)] = moved
        sentence_claims[k] = moved


def _mark_lost_items_of_the_downed(text: str, claims: list[Claim], sentence_claims: list[Claim]) -> None:
    """"neutralized 112 enemy drones in the north, south and east: 89 were shot down and 27 were
    locationally lost": the lost after the colon are some of the 112, not more besides them."""
    for k, whole in enumerate(sentence_claims):
        if whole.role != "total" or whole.category not in ("drones_intercepted", "intercepted"):
            continue
        following = sentence_claims[k + 1].start if k + 1 < len(sentence_claims) else whole.end
        if text.find(":", whole.end, following) < 0:
            continue
        for j in range(k + 1, len(sentence_claims)):
            item = sentence_claims[j]
            if item.category == "drones_lost" and item.role == "total":
                moved = replace(item, role="subset")
                claims[_at(claims, item)] = moved
                sentence_claims[j] = moved
        return


# "The PDMA's district-wise breakdown showed ...": a sentence that says it breaks a figure down
BREAKDOWN_BY_PLACE = re.compile(r"\b(?:district|province|state|county|region|country|city)[ -]?wise\b|"
                                r"\bbreakdown\b|\bbroken\s+down\s+by\b|"
                                r"\blist\s+of\s+the\s+[\d,]+\s+(?:dead|deaths|victims|deceased)\b|"
                                # "The statement detailed the toll by governorate as follows:"
                                r"\bby\s+(?:governorate|district|province|region|state|county|municipality|"
                                r"oblast|department|prefecture)\s+as\s+follows\b|"
                                # "the fatalities were recorded in the provinces of Caylloma (9), ..."
                                r"\b(?:deaths|fatalities|dead|victims)\s+(?:were|have\s+been)\s+(?:recorded|"
                                r"registered|reported)\s+in\s+the\s+(?:provinces|districts|regions|states|"
                                r"departments|municipalities|governorates)\s+of\b", re.IGNORECASE)


def _mark_a_breakdown_by_place(text: str, sent: Sentence, claims: list[Claim],
                               sentence_claims: list[Claim]) -> None:
    """"The PDMA's district-wise breakdown showed 12 deaths in Swat, seven in Buner, five in
    Shangla ...": a sentence that says it breaks a toll down lists its parts, one place each."""
    if len(sentence_claims) < 2:
        return
    whole: Claim | None = sentence_claims[0]
    if whole is not None and _BROKEN_DOWN_WHOLE_BEFORE.search(text, max(0, whole.start - 24), whole.start):
        first = sentence_claims[1]  # "a breakdown of the 31 deaths, SNAI listed 14 in ...": their whole
    else:
        first, whole = sentence_claims[0], None
    if whole is None and len(sentence_claims) >= 4 and sentence_claims[1].category != first.category:
        # "21 martyrs and 58 wounded in Nabatieh governorate, 12 martyrs and 49 wounded in the South
        # governorate, ...": two tolls broken down together, each its own list
        others = [c for c in sentence_claims if c.category != first.category or c.unit != first.unit]
        _mark_a_breakdown_by_place(text, sent, claims, others)
        marked = {c.id: c for c in others}
        sentence_claims[:] = [marked.get(c.id, c) for c in sentence_claims]
    items = [c for c in sentence_claims if c.category == first.category and c.unit == first.unit
             and c.start >= first.start and not (  # "nine over Moscow Region, including four ...": the nine's
                 c.role == "subset" and INCLUDING_BEFORE.search(text, max(0, c.start - 16), c.start))]
    places = [c.scope.place for c in items]
    if (len(items) < 2 or first.category not in tuple((*TOLLS, *_THING_CATEGORIES, *_COUNTS_OF_BUILDINGS))
            or not all(places)
            or len(set(places)) != len(places)
            or any(c.scope.place_inferred or c.role not in ("total", "subset") for c in items)
            or all(c.role == "subset" for c in items)):
        return
    if not BREAKDOWN_BY_PLACE.search(text, sent.start, sent.end) and not _adds_up_to_the_toll_before(
            claims, items):
        return
    for item in items:
        moved = replace(item, role="subset")
        claims[_at(claims, item)] = moved
        sentence_claims[sentence_claims.index(item)] = moved
    named = ", ".join(places[:-1]) + " and " + places[-1]  # type: ignore[operator, arg-type]
    toll = [c for c in claims if c.end <= items[0].start and c.category == first.category
            and c.role == "total" and c.unit == first.unit and c.sentence >= items[0].sentence - 2]
    if whole is None and toll and (toll[-1].scope.place in places or (
            # "Rescuers reached the island barangays of Guiuan ..., as the death toll rose to 17. ... nine
            # deaths in Eastern Visayas, five in Bicol and two in Caraga": a town's name is no place of the
            # toll its regions' figures share out
            toll[-1].sentence < items[0].sentence and toll[-1].scope.place not in (None, NATIONWIDE)
            and toll[-1].scope.place not in COUNTRY_NAMES and not BREAKDOWN_BY_PLACE.search(
                text, sent.start, sent.end)
            # (not "Three others died in Darjeeling district - two in Mirik and one ...": besides the toll)
            and not any(_OTHERS_WORD.search(c.text) for c in items))):
        # "raids on the South, Nabatieh and Baalbek-Hermel governorates killed 47": the toll read
        # as the first place named is the toll of every place its breakdown lists
        claims[_at(claims, toll[-1])] = replace(toll[-1], scope=replace(toll[-1].scope, place=named))
    if whole is not None and whole.category == first.category and not whole.scope.place_inferred:
        placed = replace(whole, scope=replace(whole.scope, place=named))
        claims[_at(claims, whole)] = placed
        sentence_claims[0] = placed


_OTHERS_WORD = re.compile(r"\bothers\b", re.IGNORECASE)


def _adds_up_to_the_toll_before(claims: list[Claim], items: list[Claim]) -> bool:
    """"The death toll rose to seven ... Three people were killed in Lviv region, two in Odesa,
    one in ... and one in ...": places whose figures add up exactly to the toll told just before
    are its breakdown."""
    before = [c for c in claims if c.end <= items[0].start and c.category == items[0].category
              and c.role == "total" and c.sentence >= items[0].sentence - 2]
    if not before or any(c.value is None or c.qualifier != "exact" for c in items):
        return False
    toll = before[-1]
    summed = sum(c.value or 0 for c in items)
    # a little more than the toll is its breakdown miscounted, not other places besides it: "127
    # drones ... 46 were destroyed over Bryansk Region, 31 over Kursk Region, ..." (129); one short of it,
    # in three places or more, miscounted too, or a place left out ("the death toll rose to 17 ... nine
    # deaths in Eastern Visayas, five in Bicol and two in Caraga")
    least = toll.value - 1 if len(items) >= 3 and toll.value is not None else toll.value
    return toll.value is not None and least is not None and least <= summed <= toll.value + max(
        2.0, 0.02 * toll.value)


def _place_listed_wholes(text: str, claims: list[Claim], sentence_claims: list[Claim]) -> None:
    """"112 drones: 43 over the Bryansk region, 31 over the Kursk region ...": a whole with no
    place of its own covers the places its items name, so it is kept apart from figures of
    other places (the drones launched at Ukraine that night)."""
    for k, whole in enumerate(sentence_claims[:-2]):
        sentence_start = max(text.rfind(". ", 0, whole.start), text.rfind("\n", 0, whole.start)) + 1
        placed_here = whole.scope.place and not whole.scope.place_inferred and (
            text.find(whole.scope.place, sentence_start, whole.end) >= 0)
        items = [c for c in sentence_claims[k + 1:] if c.category == whole.category and c.role == "subset"]
        # "21 people in the five places it struck: six in Florida, ...": the colon may follow a count
        # of the places
        between = [c for c in sentence_claims[k + 1:] if items and c.start < items[0].start]
        colon = _LIST_COLON_AFTER.match(text, whole.end) or bool(
            items and between and all(c.category != whole.category for c in between)
            and text.find(":", between[-1].end, items[0].start) >= 0)
        if whole.role != "total" or placed_here or not colon:
            continue  # a place carried from the lede is not the whole's own
        places = list(dict.fromkeys(c.scope.place for c in items if c.scope.place))
        if len(places) >= 2 and all(c.scope.place and not c.scope.place_inferred for c in items):
            named = ", ".join(places[:-1]) + " and " + places[-1]
            placed = replace(whole, scope=replace(whole.scope, place=named, place_inferred=False))
            claims[_at(claims, whole)] = placed
            sentence_claims[k] = placed
        return


def _mark_listed_kinds(claims: list[Claim], items: list[Claim], lexicon: Lexicon, kinds: bool,
                       wholes: set[str]) -> None:
    """Items of one category in a bullet list are parts of one figure; and under a list of
    weapons with no verb ("detected 28 missiles and 426 attack UAVs:") each weapon item is a kind
    of them ("- 2 Kh-47M2 Kinzhal aeroballistic missiles"), a part, not a rival count; so is an
    item of a category the list's opening figures have ("attacked with 6 missiles and 125 strike
    UAVs:" then "- 2 Kh-59/69 guided air missiles")."""
    items = _mark_list_items_of_one_kind(claims, items)
    # "- 4 Iskander-M ballistic missiles; - 2 Kh-59/69 guided air missiles": beside a kind of
    # missile, an item of missiles is another kind, not all the missiles
    kind_of_missile = any(c.category in ("ballistic_launched", "cruise_launched") for c in items)
    for item in items:
        if item.role == "total" and item.category != "other" and item.entity and (
                kinds or item.category in wholes or (kind_of_missile and item.category == "missiles_launched")
        ) and lexicon.entity_group(item.entity.lower()) in WEAPON_GROUPS:
            claims[_at(claims, item)] = replace(item, role="subset")


def _mark_list_items_of_one_kind(claims: list[Claim], items: list[Claim]) -> list[Claim]:
    """Items of a list that share a category, marked as its parts ("subset"); returns the items."""
    by_category: dict[str, list[int]] = {}
    for j, c in enumerate(items):
        if c.role in ("total", "subset") and c.category != "other":
            by_category.setdefault(c.category, []).append(j)
    for same in by_category.values():
        if len(same) < 2:
            continue
        for j in same:
            if items[j].role != "total":
                continue  # "6 Kinzhal aeroballistic missiles ..., and 7 Iskander-M ballistic missiles":
                # the second already read as a part, the first is one too
            part = replace(items[j], role="subset")
            claims[_at(claims, items[j])] = part
            items[j] = part
    return items


_LIST_COLON_AFTER = re.compile(r"[ \t]*:")
# "evacuated 10 casualties to the Galilee Medical Center: a man ...; three people ...; and six ...": where
# they were taken, then who they are
_TAKEN_SOMEWHERE_THEN_A_COLON = re.compile(r"[ \t]+to[ \t]+(?:the[ \t]+)?[A-Z][^.;:\d\n]{0,60}:[ \t]")
_BULLET = re.compile(r"[ \t]*[-*\u2022\u2013\u2014][ \t]")
# "SOHR documented the death of 23 people ... They were distributed as follows:" and a bullet a kind
AS_FOLLOWS_LINE = re.compile(r"[ \t\"\u201c]*(?:They|These|Those|The\s+(?:dead|victims|deaths|casualties|"
                             r"injured|wounded))[ \t]+(?:were|are)[ \t]+"
                             r"(?:distributed|broken[ \t]+down|divided|as[ \t]+follows)"
                             r"[^.:;\n\d]{0,30}:[ \t]*$",
                             re.IGNORECASE)


def _mark_bullets_distributed_as_follows(text: str, seg: Segmented, claims: list[Claim]) -> None:
    """"... the death of 23 people ... They were distributed as follows:" then "- 11 civilians,
    ...", "- Eight members of SDF ...": the first figure of each bullet is a part of the toll
    told just before, whatever words the bullet counts it in."""
    for k, sent in enumerate(seg.sentences):
        line_end = text.find("\n", sent.start)
        if not AS_FOLLOWS_LINE.match(text, sent.start, line_end if line_end >= 0 else sent.end):
            continue
        wholes = [c for c in claims if c.end <= sent.start and c.role == "total" and c.category in TOLLS
                  and c.sentence >= sent.index - 2]
        if not wholes:
            continue
        whole = wholes[-1]
        for later in seg.sentences[k + 1:]:
            at_line_start = not text[text.rfind("\n", 0, later.start) + 1:later.start].strip()
            if not at_line_start:
                continue  # a bullet's second sentence
            if not _BULLET.match(text, later.start):
                break  # the list is over
            first = next((c for c in claims if later.start <= c.start < later.end), None)
            if first is None or first.unit != "count" or first.category not in (whole.category, "other"):
                continue
            claims[_at(claims, first)] = replace(first, category=whole.category, role="subset")


def _mark_parts_of_another_period(text: str, claims: list[Claim], sentence_claims: list[Claim],
                                  previous_claims: list[Claim]) -> None:
    """"... raising the number who died of starvation to 471, among them 160 children": the
    parts of a figure of another period or tally belong to it, not to this event's toll; so
    do "20,179 of those killed" in the next sentence after "72,118 killed since 2023"."""
    first = sentence_claims[0]
    of_a_past_whole = first.role == "background" and first.category in _LAUNCH_CATEGORIES and bool(
        _OF_THE_FIGURE_OPENING.search(text, max(0, first.start - 12), first.start))
    for k, part in enumerate(sentence_claims):
        downed = part.category in _INTERCEPTED_OF.values()
        if part.role == "total" and k and ((of_a_past_whole and downed) or (
                sentence_claims[k - 1].role == "background"
                and A_PART_INTRODUCED_BEFORE.search(text, max(0, part.start - 30), part.start))):
            # "Of the 6,130 drones launched in June, the air force said, 5,622 were shot down": the month's
            # "226 missiles ... during the month, among them 71 ballistic missiles": a kind of the month's
            moved = replace(part, role="background")
            claims[_at(claims, part)] = moved
            sentence_claims[k] = moved
            continue
        if part.role != "subset":
            continue
        before = [c for c in sentence_claims[:k] if c.category == part.category]
        if not before and (_OF_THOSE_AFTER.match(text, part.end) or _AMONG_THE_DEAD_BEFORE.search(
                text, max(0, part.start - 40), part.start) or _OF_THEM_OPENING_JUST_BEFORE.search(
                text, max(0, part.start - 24), part.start)):
            before = [c for c in previous_claims if c.category == part.category and c.role != "subset"]
        if before and before[-1].role == "background" and not any(c.role == "total" for c in before):
            # of the whole's time too: a live page's stamp over it does not make it the day's toll
            moved = replace(part, role="background",
                            scope=replace(part.scope, time=part.scope.time or before[-1].scope.time))
            claims[_at(claims, part)] = moved
            sentence_claims[k] = moved


def _mark_the_things_of_a_past_tally(text: str, claims: list[Claim], sentence_claims: list[Claim],
                                     previous_claims: list[Claim]) -> None:
    """"... have launched 61 ballistic missiles and 44 drones at Israel since January 1. Of the
    missiles, 55 were intercepted": what became of the things of a tally of another period is of
    that period too."""
    for k, claim in enumerate(sentence_claims):
        if claim.role != "total" or claim.entity is None:
            continue
        opening = _of_the_things_right_before(text, claim.start)
        if opening is None:
            continue
        head = opening.group("noun").split()[-1].lower()
        wholes = [c for c in previous_claims if (c.entity or "").lower().split()[-1:] == [head]]
        just_before = [c for c in claims if c.sentence == claim.sentence - 1 and c.document == claim.document]
        if (wholes and wholes[-1].role == "background") or (just_before and all(
                c.role == "background" for c in just_before) and not any(
                (c.entity or "").lower().split()[-1:] == [head] and c.role != "background"
                for c in claims if c.sentence == claim.sentence - 1)):
            # "Of the 6,130 drones launched in June, ... 5,622 were shot down ... Of the missiles, 171 were
            # intercepted": of the month just told, not of the night's 47 missiles before it
            moved = replace(claim, role="background",
                            scope=replace(claim.scope, time=claim.scope.time or (
                                wholes[-1].scope.time if wholes else None)))
            claims[_at(claims, claim)] = moved
            sentence_claims[k] = moved


# "142 people have lost their lives ... since the monsoon entered on June 13 ... Of them, 71 were killed
# in landslides": the parts of the figure before
_OF_THEM_OPENING_JUST_BEFORE = re.compile(r"(?:\A|[.!?][\"\u201d]?[ \t]+|\n)[ \t]*Of[ \t]+(?:all[ \t]+)?"
                                          r"(?:them|these|those)[ \t]*,[ \t]*$")
# "... rises to 463 martyrs. Among the martyrs are 58 children": the parts of the figure before
_AMONG_THE_DEAD_BEFORE = re.compile(r"\bAmong[ \t]+(?:the|those)[ \t]+(?:martyrs|dead|killed|victims|"
                                    r"deceased|fatalities|wounded|injured)[ \t]+(?:are|were)[ \t]+$")
_OF_THOSE_AFTER = re.compile(
    r"\s+of\s+(?:those|them|the)\s+(?:killed|dead|injured|wounded|deaths|victims)?\b", re.IGNORECASE)


def _mark_listed_with_a_period(text: str, claims: list[Claim], sentence_claims: list[Claim]) -> None:
    """"Russia had fired more than 1,400 drones, about 1,100 guided bombs and almost 60 missiles
    at Ukraine over the past week": the period at the end of a list is every item's."""
    for k in range(len(sentence_claims) - 2, -1, -1):
        item, after = sentence_claims[k], sentence_claims[k + 1]
        if (after.role == "background" and item.role == "total" and item.category != "other"
                and after.scope.time is not None and item.scope.time in (None, after.scope.time)
                and _listed_after(text, item, after)
                and not _CLAUSE_VERB.search(text, item.end, after.start)
                # not "With Sunday's 24 deaths, the number ... since April 1 has risen to 89": that day's
                and not _A_DAY_S_BEFORE.search(text, max(0, item.start - 16), item.start)):
            moved = replace(item, role="background")
            claims[_at(claims, item)] = moved
            sentence_claims[k] = moved


_CLAUSE_VERB = re.compile(r"\b(?:said|says|and\s+(?:the|its|their|a)\b|while|but|which|who|when|"
                          r"from|than|after|before|compared|versus|vs)\b", re.IGNORECASE)


def _the_level_before_an_increment(claims: list[Claim]) -> None:
    """"the enterprise reported 3 deaths ... it concealed another 3 deaths ... The accident has caused
    6 deaths": a toll, an addition to it and their sum told over sentences; the first is the level
    the toll stood at before, not a rival of the sum."""
    for k, total in enumerate(claims):
        if total.role != "total" or total.category not in TOLLS or total.value is None:
            continue
        more = [j for j in _claims_just_before(claims, k, 2) if claims[j].role == "increment"
                and claims[j].category == total.category and claims[j].value is not None]
        if len(more) != 1:
            continue
        added = claims[more[0]]
        for j in _claims_just_before(claims, more[0], 2):
            level = claims[j]
            if (level.role == "total" and level.category == total.category and level.value is not None
                    and level.value + (added.value or 0) == total.value and level.unit == total.unit):
                claims[j] = replace(level, role="background")


def _claims_just_before(claims: list[Claim], k: int, sentences: int) -> Iterator[int]:
    """The indices of the claims before claims[k], in its sentence and the `sentences` before it,
    nearest first: a bounded look back, so a long document stays linear."""
    first = claims[k].sentence - sentences
    for j in range(k - 1, -1, -1):
        if claims[j].sentence < first:
            return
        yield j


def _mark_a_total_told_in_steps(claims: list[Claim], sentence_claims: list[Claim],
                                previous_claims: list[Claim]) -> None:
    """"In all, 19 people were rescued alive. Firemen pulled out eight before the NDRF arrived, and
    its teams brought out 11 more": a count and an addition after it that make up the total just
    told are its steps, not a rival count."""
    for k, first in enumerate(sentence_claims):
        if first.role != "total" or first.value is None or first.category == "other":
            continue
        more = [c for c in sentence_claims[k + 1:] if c.role == "increment" and c.category == first.category
                and c.value is not None]
        told = [c for c in previous_claims if c.role == "total" and c.category == first.category
                and c.value is not None and c.unit == first.unit]
        if more and told and told[-1].value == first.value + sum(c.value or 0 for c in more):
            part = replace(first, role="background")  # the count before the last ones were added
            sentence_claims[k] = part
            claims[_at(claims, first)] = part
            return


def _resync(claims: list[Claim], sentence_claims: list[Claim]) -> None:
    """The sentence's claims as `claims` now holds them: a pass over `claims` alone ("risen to 21"
    marking "the four bodies found" before it as the change) may have replaced some of them."""
    latest = {c.id: c for c in claims[-len(sentence_claims):]}
    if any(c.id not in latest for c in sentence_claims):
        latest = {c.id: c for c in claims}
    sentence_claims[:] = [latest.get(c.id, c) for c in sentence_claims]


_THE_OTHERS_OPENING = re.compile(r"[ \t\"\u201c]*(?:The|And[ \t]+the)[ \t]+(?:other|remaining)[ \t]+$")


def _mark_the_part_before_the_others(text: str, sent: Sentence, claims: list[Claim],
                                     sentence_claims: list[Claim], previous_claims: list[Claim]) -> None:
    """"... had treated 14 people. Nine were hurt while rushing to shelters ... The other five were
    treated for anxiety": the count before "the other five" is the first part of the same whole."""
    first = sentence_claims[0]
    if first.category == "other" or not _THE_OTHERS_OPENING.match(text, sent.start, first.start):
        return
    same = [c for c in previous_claims if c.category == first.category]
    if len(same) != 1 or same[0].role != "total":
        return
    earlier = [c for c in claims if c.category == first.category and c.role == "total"
               and c.end <= same[0].start and c.value is not None and same[0].value is not None
               and first.value is not None and c.value >= same[0].value + first.value]
    if earlier:
        part = replace(same[0], role="subset")
        claims[_at(claims, same[0])] = part
        previous_claims[previous_claims.index(same[0])] = part


def _items_of_the_whole_they_add_up_to(text: str, claims: list[Claim], sentence_claims: list[Claim]) -> None:
    """"At least 17 civilians were killed and more than 90 wounded across the three regions ...: nine in
    Zaporizhzhia region, five in Kharkiv region and three in Sumy region": the items after the colon add up
    to the dead, not to the wounded told last before it."""
    colon = text.find(":", sentence_claims[0].end) if sentence_claims else -1
    if colon < 0:
        return
    before = [c for c in sentence_claims if c.end <= colon and c.role == "total" and c.value is not None
              and c.category in TOLLS]
    items = [c for c in sentence_claims if c.start > colon]
    if len(before) < 2 or len(items) < 2 or any(c.value is None or c.category != items[0].category
                                                for c in items):
        return
    summed = sum(c.value for c in items if c.value is not None)
    own = [c for c in before if c.category == items[0].category]
    theirs = [c for c in before if c.category != items[0].category and c.low is not None
              and c.low <= summed <= (c.high if c.high is not None else c.low)]
    if len(theirs) != 1 or any(c.low is not None and c.high is not None and c.low <= summed <= c.high
                               for c in own):
        return
    for item in items:
        moved = replace(item, category=theirs[0].category)
        claims[_at(claims, item)] = moved
        sentence_claims[sentence_claims.index(item)] = moved


def _mark_explained_increments(text: str, claims: list[Claim], sentence_claims: list[Claim]) -> None:
    """"The toll rose to nine from seven after teams recovered two bodies": in a sentence that
    updates a toll, its other figures of that toll are the change, not rival tolls."""
    updates = [c for c in sentence_claims if c.role == "total" and c.category != "other"
               and _updates_before(text, max(0, c.start - 130), c.start)]
    for update in updates:
        for k, other in enumerate(sentence_claims):
            if other.start > update.end and _WITH_A_PLACE_ITEM.match(text, other.end):
                continue  # "has risen to 79, ... with 62 killed in Baghlan, 14 in Samangan": its places'
            if other is not update and other.role == "total" and other.category == update.category:
                changed = replace(other, role="increment")
                sentence_claims[k] = changed
                claims[_at(claims, other)] = changed


def _mark_counts_before_more_things(text: str, claims: list[Claim], sentence_claims: list[Claim],
                                    lexicon: Lexicon) -> None:
    """"A French frigate shot down three drones ..., while an Italian frigate destroyed two more
    drones": the three are one ship's part of the night's five, not all of them; so are they before
    "and the European frigate the other two drones"."""
    for k, more in enumerate(sentence_claims):
        group = lexicon.entity_group(more.entity.lower()) if more.entity else None
        the_other = more.role == "subset" and text.endswith(("the other ", "the remaining "), 0, more.start)
        if (more.role != "increment" and not the_other) or group not in WEAPON_GROUPS:
            continue
        for j in range(k):
            earlier = sentence_claims[j]
            if earlier.role == "total" and earlier.category == more.category:
                part = replace(earlier, role="subset")
                claims[_at(claims, earlier)] = part
                sentence_claims[j] = part


def _mark_some_of_everyone_as_the_toll(text: str, claims: list[Claim], sentence_claims: list[Claim],
                                       lexicon: Lexicon) -> None:
    """"Two of its 21 crew members were killed": the two are the toll, some of the crew, not a
    part of a toll."""
    for part, everyone in itertools.pairwise(sentence_claims):
        if (part.role == "subset" and part.category in TOLLS and everyone.category == "other"
                and lexicon.entity_group(everyone.entity or "") == "person"
                and _SOME_OF_THE_BETWEEN.fullmatch(text, part.end, everyone.start)
                and (_HARM_WORD.search(text, everyone.end, everyone.end + 40)
                     # "killing nine of the 15 military personnel on board"
                     or _HARMING_JUST_BEFORE.search(text, max(0, part.start - 16), part.start))
                and not _ALONG_WITH_OTHERS.search(text, everyone.end, everyone.end + 90)):
            # (not "Six of the 14 people in the minibus have now died, along with the tanker driver and a
            # woman": some of the toll, beside others)
            index = sentence_claims.index(part)
            sentence_claims[index] = replace(part, role="total")
            claims[_at(claims, part)] = sentence_claims[index]
    for everyone, part in itertools.pairwise(sentence_claims):
        if (part.role == "subset" and part.category in TOLLS and everyone.category == "other"
                and lexicon.entity_group(everyone.entity or "") == "person"
                and _ABOARD_RIGHT_AFTER.match(text, everyone.end) and N_OF_THEM.match(text, part.start)):
            # "A tour helicopter with six people aboard crashed ..., killing four of them": the toll,
            # some of those aboard
            index = sentence_claims.index(part)
            sentence_claims[index] = replace(part, role="total")
            claims[_at(claims, part)] = sentence_claims[index]


_ABOARD_RIGHT_AFTER = re.compile(
    r"[ \t]+(?:on[ \t]+board|aboard|on[ \t]+the[ \t]+(?:bus|boat|plane|train))\b")
_SOME_OF_THE_BETWEEN = re.compile(rf"[ \t]+{_OF_THE_OWNED}")
_ALONG_WITH_OTHERS = re.compile(r"\b(?:died|killed|dead|perished|lost[ \t]+their[ \t]+lives)[^.;]{0,20}?,?"
                                r"[ \t]+(?:along|together|as[ \t]+well|in[ \t]+addition)[ \t]+"
                                r"(?:with|as|to)[ \t]")
_HARMING_JUST_BEFORE = re.compile(r"\b(?:killing|killed|injuring|injured|wounding|wounded)[ \t]+$")


def _survivors_are_alive(text: str, claims: list[Claim]) -> None:
    """"the 19 dead and 114 survivors, including 29 who ran from the scene": survivors, and the part of
    them a list goes on to, are alive, whatever category the list before them gave them."""
    for i, c in enumerate(claims):
        if c.category in ("killed", "missing") and (c.entity or "").lower() in ("survivors", "survivor"):
            claims[i] = replace(c, category="rescued")
            after = claims[i + 1] if i + 1 < len(claims) else None
            if after is not None and after.category == c.category and after.sentence == c.sentence and (
                    INCLUDING_BEFORE.search(text, c.end, after.start)):
                claims[i + 1] = replace(after, category="rescued")


def _a_group_that_is_everyone(text: str, claims: list[Claim]) -> None:
    """"Seven children were killed ... when a fire swept through a school": a count of a kind of person
    ("children", "women") is read as some of a toll, but when the article gives no death toll at all, the
    group's own counts of the dead, told as no one's part, are the toll, if the article's first count of
    the dead is of that group."""
    dead = [c for c in claims if c.category == "killed"]
    if not dead or any(c.role in ("total", "background", "increment") for c in dead):
        return
    group = (dead[0].entity or "").lower()
    for i, c in enumerate(claims):
        if (c.category == "killed" and c.role == "subset" and (c.entity or "").lower() == group
                and group in _GROUPS_OF_PEOPLE and (c.value or 0) >= 2 and " of " not in c.text
                and not A_PART_INTRODUCED_BEFORE.search(text, max(0, c.start - 30), c.start)
                and not _SUBSET_BEFORE.search(text[max(0, c.start - 60):c.start])
                and not _A_PART_OF_SOMETHING_AFTER.match(text, c.end)):
            claims[i] = replace(c, role="total")


_GROUPS_OF_PEOPLE = frozenset("children students pupils girls boys women men teenagers babies infants"
                              .split())


_A_PART_OF_SOMETHING_AFTER = re.compile(r"[ \t]+(?:of[ \t]+(?:them|those|these|the|whom)|"
                                        r"(?:(?:were|are|was|is)[ \t]+)?(?:also[ \t]+)?among)\b")


def _place_of_the_clause_before(text: str, claims: list[Claim], sentence_claims: list[Claim]) -> None:
    """"... the occupiers attacked Zolochiv with a drone. One man was injured, and two private houses were
    damaged": a figure of no place after ", and" in a sentence whose figure before it names one is of that
    place too."""
    for k in range(1, len(sentence_claims)):
        claim, before = sentence_claims[k], sentence_claims[k - 1]
        if (claim.scope.place is None and before.scope.place and not before.scope.place_inferred
                and not is_care_place(before.scope.place) and _AND_A_CLAUSE_BETWEEN.fullmatch(
                    text, before.end, claim.start)):
            moved = replace(claim, scope=replace(claim.scope, place=before.scope.place, place_inferred=False))
            claims[_at(claims, claim)] = moved
            sentence_claims[k] = moved


_AND_A_CLAUSE_BETWEEN = re.compile(r"[^.;:]{0,60}?,[ \t]+and[ \t]+")


def _mark_coordinated_parts(text: str, claims: list[Claim], sentence_claims: list[Claim]) -> None:
    """"Two firefighters suffered minor injuries, and one civilian was taken to hospital";
    "2,000 bodies were collected and 900 are in the morgues": figures of one category listed
    together in a sentence are parts of a whole, not rival counts of it."""
    marked: set[int] = set()
    for k in range(1, len(sentence_claims)):
        j = k - 1
        while j > 0 and sentence_claims[j].category == "other":
            j -= 1  # "12 bodies were recovered from two coaches, while one passenger died"
        a, b = sentence_claims[j], sentence_claims[k]
        if _WHOLE_NAMED_FIRST.search(text, max(0, a.start - 12), a.start) or (
                _BROKEN_DOWN_WHOLE_BEFORE.search(text, max(0, a.start - 24), a.start)):
            continue  # "Of the 17 who died, 11 were Mexican": 17 is the whole of the list
        if ("not " in text[a.end:b.start] or "xclud" in text[a.end:b.start]) and (
                _LEFT_OUT_BETWEEN.search(text, a.end, b.start)):
            continue  # "22 people had been killed, not counting the three attackers": no part of them
        if _RISEN_TO_BEFORE.search(text, max(0, a.start - 16), a.start) and " as " in text[a.end:b.start]:
            continue  # "has risen to 31, the department said, as the two brick-kiln deaths ... were added"
        if " among " in text[a.end:b.start] and _WERE_AMONG_BEFORE.search(text, a.end, b.start):
            if a.role == "total":  # "two Canadians and an American - were among five people shot dead":
                sentence_claims[j] = replace(a, role="subset")  # some of the five, the whole
                claims[_at(claims, a)] = sentence_claims[j]
            continue
        item_of = _IN_A_PLACE_AFTER if _IN_A_PLACE_AFTER.match(text, b.end) else _BY_AN_AGENT_AFTER
        if (a.category == b.category != "other" and a.role == "total" and item_of.match(text, b.end)
                and not item_of.match(text, a.end) and text[a.end:b.start].rstrip().endswith(",")
                and a.value is not None and b.value is not None and a.value > b.value
                and not _A_PLACE_IN_THE_CLAUSE.search(text, a.end, b.start)):
            # "Four people are still missing, one in Pcim, two in ...": the four are the whole, and
            # the figures by place after it its parts; "31 passengers were rescued alive, 22 by local
            # divers and nine by marine police": by who did it
            for index in range(k, len(sentence_claims)):
                item = sentence_claims[index]
                if (item.category == a.category and item.role == "total" and item.unit == a.unit
                        and item_of.match(text, item.end)):
                    sentence_claims[index] = replace(item, role="subset")
                    claims[_at(claims, item)] = sentence_claims[index]
                    marked.add(index)
            continue
        if (a.category == b.category != "other" and a.role == b.role == "total"
                and a.unit == b.unit == "count"
                and A_COUNT_S_VERB_THEN_A_COMMA.fullmatch(text, a.end, b.start)
                and _A_BARE_ITEM_AFTER.match(text, b.end)):
            # "Nineteen workers were injured, seven Hanbit employees and 11 workers from subcontractors":
            # the nineteen are the whole, and the bare figures after them its parts
            for index in range(k, len(sentence_claims)):
                item = sentence_claims[index]
                if item.category == a.category and item.role == "total" and item.unit == a.unit:
                    sentence_claims[index] = replace(item, role="subset")
                    claims[_at(claims, item)] = sentence_claims[index]
                    marked.add(index)
            continue
        if (a.category == b.category != "other" and a.role == b.role == "total"
                and a.unit == b.unit == "count"
                and a.value is not None and b.value is not None and a.value > b.value
                and " after " in text[a.end:b.start] and _FOUND_AFTER_BEFORE.search(text, a.end, b.start)):
            # "killed 11 people, the health office said on Friday, after rescue teams recovered two bodies
            # from a house": the two are the last of the eleven, who are the toll
            sentence_claims[k] = replace(b, role="subset")
            claims[_at(claims, b)] = sentence_claims[k]
            marked.add(k)
            continue
        if (a.category == b.category != "other" and b.role == "total"
                and (a.role == "total" or j in marked)
                and a.unit == b.unit == "count" and _listed_after(text, a, b)
                and _one_place(a.scope.place, b.scope.place) and a.attribution == b.attribution):
            for index, claim in ((j, a), (k, b)):
                part = replace(claim, role="subset")
                sentence_claims[index] = part
                claims[_at(claims, claim)] = part
                marked.add(index)


_FOUND_AFTER_BEFORE = re.compile(r"\bafter[ \t]+[^.;]{0,60}?\b(?:recovered|found|pulled[ \t]+out|retrieved)"
                                 r"[ \t]+(?:the[ \t]+)?(?:another[ \t]+|a[ \t]+further[ \t]+)?$")
# "Nineteen workers were injured, seven ...": a count's own verb, then its parts (rules.kinds reads it too)
A_COUNT_S_VERB_THEN_A_COMMA = re.compile(r"[ \t]+(?:were|was|(?:have|has|had)[ \t]+been)[ \t]+"
                                          r"(?:killed|injured|wounded|hurt|rescued|evacuated|arrested)"
                                          r"[ \t]*,[ \t]+")
_A_BARE_ITEM_AFTER = re.compile(r"(?:[ \t]+(?:from|of|at|in|on)[ \t]+[^,.;\d]{1,40}?)?"
                                r"(?:[ \t]*[,;.]|[ \t]+and[ \t]+(?=\d|[a-z]+[ \t]))"
                                r"(?![ \t]*(?:were|was|are|is|died)\b)")
_WERE_AMONG_BEFORE = re.compile(r"\b(?:were|was|are|is)[ \t]+(?:also[ \t]+)?among[ \t]+(?:the[ \t]+)?$")
_AN_EARLIER_REPORT = re.compile(r"\b(?:previous|earlier|initial)[ \t]+(?:report|statement|update|bulletin|"
                                r"count|tally|post|briefing|figures?)\b", re.IGNORECASE)
_ADDING_TO_THE_BEFORE = re.compile(r"\b(?:adding|added)[ \t]+to[ \t]+the[ \t]+$")
_LEFT_OUT_BETWEEN = re.compile(r"\b(?:not[ \t]+(?:counting|including)|excluding)\b", re.IGNORECASE)
_A_WHOLE_NAMED_OPENING = re.compile(r"[ \t]*The[ \t]+(?:[\w-]+[ \t]+){0,4}?(?:(?:were|are|included|include|"
                                    r"comprised|consisted[ \t]+of)[ \t]*:|"
                                    # "The missiles included six Iskander-M ... and two guided missiles"
                                    r"(?:missiles|drones|targets|rockets)[ \t]+(?:included|comprised)[ \t]+)")


def _mark_items_of_a_whole_named_before(text: str, sentence_start: int, claims: list[Claim],
                                        sentence_claims: list[Claim]) -> None:
    """"The missiles launched were: 6 Kh-22 cruise missiles ...; 28 Kh-101 cruise missiles ...":
    the items of a list whose opening names, without a figure, what they are parts of."""
    opening = _A_WHOLE_NAMED_OPENING.match(text, sentence_start)
    if opening is None:
        return
    for index, claim in enumerate(sentence_claims):
        if claim.role == "total" and claim.start >= opening.end() and claim.category != "other":
            sentence_claims[index] = replace(claim, role="subset")
            claims[_at(claims, claim)] = sentence_claims[index]


# "The toll includes the four attackers - the driver of the car bomb and three gunmen ..."
_THE_TOLL_INCLUDES_THE_ATTACKERS = re.compile(
    r"[ \t\"\u201c]*(?:The|That|This)[ \t]+(?:death[ \t]+)?(?:toll|figure|number|count|tally)[ \t]+"
    r"(?:also[ \t]+)?(?:includes|included|including)[ \t]+(?:the|all)[ \t]+(?:[\w-]+[ \t]+)?" + _ATTACKERS,
    re.IGNORECASE)


def _mark_the_toll_with_its_attackers(claims: list[Claim], sentence_start: int) -> None:
    """The death toll told before a sentence that says it includes the attackers counts them too,
    and is no rival of the victims' toll ("Thirteen innocent people lost their lives")."""
    told = [k for k, c in enumerate(claims) if c.category == "killed" and c.role == "total"
            and c.end <= sentence_start]
    if told:
        claims[told[-1]] = replace(claims[told[-1]], role="with_attacker")


def _mark_casualties_of_dead_and_injured(text: str, sentence_start: int, claims: list[Claim],
                                         sentence_claims: list[Claim]) -> None:
    """"the number of casualties stood at 45, with four dead and 41 injured": casualties that the
    sentence splits into its dead and injured, which add up to them, count both, not the injured."""
    for k, whole in enumerate(sentence_claims):
        if whole.category != "injured" or whole.value is None or text.find(
                "casualt", sentence_start, whole.end + 12) < 0:
            continue
        after = sentence_claims[k + 1:k + 3]
        if len(after) == 2 and {c.category for c in after} == {"killed", "injured"} and all(
                c.value is not None for c in after) and sum(c.value or 0 for c in after) == whole.value:
            moved = replace(whole, category="casualties")
            claims[_at(claims, whole)] = moved
            sentence_claims[k] = moved
            for j, part in enumerate(after, start=k + 1):
                # (and "the leading cause ..., with 44 casualties (14 killed, 30 injured)": a share's split)
                if part.role == "increment" or (whole.role == "subset" and part.role == "total"):
                    fixed = replace(part, role="subset")
                    claims[_at(claims, part)] = fixed
                    sentence_claims[j] = fixed
            return
        including = sentence_claims[k + 1] if k + 1 < len(sentence_claims) else None
        if including is not None and including.category == "killed" and including.role == "subset" and (
                INCLUDING_BEFORE.search(text, max(0, including.start - 16), including.start)) and (
                whole.end <= including.start) and text.find("casualt", whole.start, whole.end) >= 0:
            # "caused 31 casualties, including 12 fatalities": the dead are among them, so they count both
            moved = replace(whole, category="casualties")
            claims[_at(claims, whole)] = moved
            sentence_claims[k] = moved
            return


def _mark_the_attackers_own(text: str, sentence_start: int, claims: list[Claim],
                            sentence_claims: list[Claim]) -> None:
    """"Two of the attackers were also killed", "Of the 10 armed men, 3 were killed": the
    attackers' own dead, not the victims' toll (read last, so that a list of them has its whole)."""
    of_them = bool(sentence_claims) and bool(_OF_THE_ATTACKERS_OPENING.match(text, sentence_start))
    whole: Claim | None = None  # "All 4 attackers have been killed: one on Friday night and the other 3 ..."
    for index, claim in enumerate(sentence_claims):
        if claim.role == "total":
            whole = None
        if claim.category not in ("killed", "injured"):
            continue
        if claim.role in ("total", "increment") and (
                of_them or (claim.entity or "").lower() in _ATTACKER_HEADS
                or _ENEMY_FIGHTERS.search(claim.text)  # "killing more than 200 enemy fighters"
                # "One suspected member of the gang that attacked a tourist bus ... was killed"
                or _ONE_OF_THE_ATTACKERS_AFTER.match(text, claim.end)):
            whole = claim
        elif not (claim.role == "subset" and whole is not None and whole.category == claim.category):
            continue
        sentence_claims[index] = replace(claim, role="attackers")
        claims[_at(claims, claim)] = sentence_claims[index]


_CARE_PLACE = re.compile(rf"\b(?:{_HOSPITAL_NAME_WORDS}|Health\s+Cent(?:re|er))$|"
                         # "Hospital Universitario de Alcorena", "Klinikum Hohenbrenn"
                         r"^(?:Hospital|Cl[ií]nica|H[oô]pital|Ospedale|Klinikum)\b|"
                         r"^mortuary$")


def is_care_place(place: str | None) -> bool:
    """A hospital or mortuary a figure is scoped to (see `_facility_count`): where some were
    taken, not a place of the event."""
    return bool(place and _CARE_PLACE.search(place))


def _one_place(a: str | None, b: str | None) -> bool:
    """"Eight were taken to Royal Stoke University Hospital, and five were treated at the scene":
    where some were taken is not another place of the event."""
    return a == b or is_care_place(a) or is_care_place(b)


_LIVE_STAMP = re.compile(
    r"(?:UPDATE[Dd]?(?:[ \t]+\d{1,2}[ \t]*[-\u2013\u2014:])?|Update[d]?|As[ \t]+of)?[ \t]*(?:at[ \t]+)?"
    # "Jul 21, 2026 06:40 PM IST": a live page's stamp with its day
    rf"(?:(?P<smonth>{_MONTH_ABBREVIATIONS})\.?[ \t]+(?P<sday>\d{{1,2}}),?[ \t]+(?:\d{{4}},?[ \t]+)?)?"
    r"(?:(?P<h>\d{1,2})[:.](?P<m>\d{2})|"
    r"(?P<h2>[01]\d|2[0-3])(?P<m2>[0-5]\d)(?=[ \t]*(?:GMT|UTC|BST)\b))[ \t]*"
    r"(?P<ampm>[ap]\.?m\.?|GMT|BST|UTC|ET|EST|EDT|CET|local[ \t]+time)?[ \t]*"
    r"\(?(?:(?:GMT|UTC)[+\-\u2212]\d{1,2}(?::?\d{2})?|IST|PKT|WAT|EAT|CAT|SAST|MSK|EET|EEST|CEST|WIB|PHT|KST|JST|AEST|AEDT|ICT|GST|AST|"
    # the Americas, the rest of Asia and the Pacific: "13.30 BRT", "09:15 PET", "6:40 CST"
    r"BRT|ART|CLT|CLST|COT|PET|ECT|VET|BOT|PYT|UYT|CST|CDT|MST|MDT|PST|PDT|AKST|HST|WET|WEST|NZST|NZDT|"
    r"AWST|ACST|SGT|MYT|HKT|WITA|WIT|NPT|AFT|IRST|TRT|AZT|AMT|BDT|MMT)?\)?[ \t]*"  # "18:45 (IST)" too
    # "16:48 GMT" on a line of its own, the headline below; "04:30 Dniprovskyi district: ..."
    # "21:12. Air defence forces repelled ...": a mayor's feed of posts
    # "1:30 p.m. | Toll rises to 14": a bar after the stamp, whose "p.m." is no headline's first word
    r"(?:[:\-\u2013\u2014),|]|(?<=\d)\.(?=[ \t]+[A-Z])|(?=\r?\n|\Z)|"
    r"(?<=\d)(?=[ \t]+(?![ap]\.?m\.?(?:\W|$))[A-Z]))",
    re.IGNORECASE,
)


_MONTH_NUMBER = {m: i for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}
# a timeline's dated entry: "NOV 5 - ...", "Nov. 5: ...", "5 November – ...", "Monday, March 3 — ..."
_DATE_STAMP = re.compile(
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[ \t]+)?"
    r"(?:(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?[ \t]+(?P<day>[1-9]|[12]\d|3[01])"
    r"|(?P<day2>[1-9]|[12]\d|3[01])[ \t]+(?P<month2>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|"
    r"may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?)"
    r"(?:,?[ \t]+(?P<year>(?:19|20)\d\d))?[ \t]*[:\-\u2013\u2014][ \t]",
    re.IGNORECASE,
)


def _stamp_minutes(match: re.Match[str]) -> int:
    """Minutes after midnight of a stamp or a time told in a sentence: "05:40", "1540 GMT" (h2,
    m2), "6.10am", "2pm" (h2, ampm2), "noon"."""
    groups = match.groupdict()
    if groups.get("noon"):
        return 0 if groups["noon"] == "midnight" else 12 * 60
    if groups.get("hw"):  # "six in the morning", "ten at night"
        word = groups["hw"]
        hour = int(word if word.isdigit() else parse_number_word(word) or 0) % 12
        return (hour + (0 if groups["ampm3"].lower().endswith("morning") else 12)) * 60
    hour = int(groups["h"] or groups["h2"]) % 24
    minute = int(groups["m"] or groups.get("m2") or 0)
    ampm = (groups["ampm"] or groups.get("ampm2") or "").lower().replace(".", "")
    if ampm in ("am", "pm"):
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    return hour * 60 + minute


def _days_before_the_page(stamp: re.Match[str], doc_date: str) -> int:
    """How many days before the page's own date a stamp's date lies ("Apr 11, 2026 22:30" on a page
    of April 12: 1); 0 when the stamp has no date, or the page none."""
    if not stamp.group("smonth"):
        return 0
    dates = _in_the_article_s_year(stamp.group("smonth"), stamp.group("sday"), doc_date)
    return max(0, min(7, (dates[1] - dates[0]).days)) if dates else 0


def _stamp_day(match: re.Match[str]) -> tuple[int, str]:
    """(a sortable day, the date as "Nov 5") of a timeline entry's date."""
    month_name = (match.group("month") or match.group("month2")).lower()[:3]
    day = int(match.group("day") or match.group("day2"))
    year = int(match.group("year") or 0)
    return (year * 12 + _MONTH_NUMBER[month_name]) * 32 + day, f"{month_name.capitalize()} {day}"


def _paragraph_stamps(doc: Document, seg: Segmented) -> dict[int, tuple[int, str]]:
    """paragraph -> (sortable stamp, scope time) for paragraphs opening with a live blog's
    clock time ("UPDATE 3:45 p.m.:") or a timeline's date ("NOV 5 -"); one kind per document,
    dates first, and only when at least two paragraphs have one."""
    times: dict[int, tuple[int, str]] = {}
    days: dict[int, tuple[int, str]] = {}
    previous: int | None = None  # the last stamp's minutes, unwrapped
    for sentence, paragraph in zip(seg.sentences, seg.paragraphs):
        if paragraph in times or paragraph in days:
            continue
        line_start = doc.text.rfind("\n", 0, sentence.start) + 1
        if line_start != sentence.start:
            continue
        m = _LIVE_STAMP.match(doc.text, line_start)
        if m:
            minutes = _stamp_minutes(m)
            clock = f"{minutes // 60:02d}:{minutes % 60:02d}"
            if days_before := _days_before_the_page(m, doc.date or ""):
                # "Apr 11, 2026 22:30 (IST)" on a page of April 12: the day before, at its own time
                clock = f"{m.group('smonth')[:3].capitalize()} {int(m.group('sday'))} {clock}"
                minutes -= days_before * 1440
            elif previous is not None:  # "23:36", then "00:18": past midnight, not earlier in the day
                minutes += round((previous - minutes) / 1440) * 1440
            times[paragraph] = (minutes, clock)
            previous = minutes
        elif doc.text[line_start:line_start + 1].isalnum() and (d := _DATE_STAMP.match(doc.text, line_start)):
            days[paragraph] = _stamp_day(d)
    if len(days) >= 2 and (len(set(days.values())) >= 2 or len(times) < 2):
        return days  # a timeline's days; not a live page's one day, each post at its own time
    return times if len(times) >= 2 else {}


def _told_of_an_earlier_date(doc: Document, seg: Segmented, claim: Claim) -> bool:
    """Whether the claim's sentence dates it days before the article: "On Oct. 30, a drone ...",
    "A US strike on the terminal on February 27 killed nine people"."""
    start = seg.sentences[claim.sentence].start
    dated = _DATE_OPENING.match(doc.text, start) or _AN_EVENT_ON_A_DATE_BEFORE.search(
        doc.text, max(start, claim.start - 120), claim.start)
    return dated is not None and _days_before(dated, doc.date or "") > 3


def _restating_another_period(doc: Document, seg: Segmented, claims: list[Claim]) -> set[str]:
    """The ids of figures that name again, in the next sentence, a figure of another year: "98 people died
    on NSW roads between January 1 and March 31, compared with 84 in the same period of 2025. Country roads
    accounted for 63 of the 98 deaths": no post's count, whatever time the page tells them at."""
    told_before = {(c.sentence + 1, c.value) for c in claims
                   if c.role == "background" and _of_another_year(doc.text, seg, c)}
    if not told_before:
        return set()
    return {c.id for k, c in enumerate(claims) if (c.sentence, c.value) in told_before or (
        k + 1 < len(claims) and (c.sentence, claims[k + 1].value) in told_before
        and doc.text[c.end:claims[k + 1].start].strip() in ("of the", "of"))}


def _supersede_live_updates(doc: Document, seg: Segmented, claims: list[Claim]) -> list[Claim]:
    """A live blog ("UPDATE 3:45 p.m.: ...") or a timeline ("NOV 5 - ...") keeps its updates
    apart: a figure under an earlier stamp is superseded, not a rival of the latest one, and
    each figure's scope carries its stamp."""
    stamps = _paragraph_stamps(doc, seg)
    if not stamps:
        return claims
    latest = max(key for key, _ in stamps.values())
    weekday = _weekday(doc.date)
    section: dict[int, tuple[int, str]] = {}
    current: tuple[int, str] | None = None
    for index, paragraph in enumerate(seg.paragraphs):
        current = stamps.get(paragraph, current)
        if current is not None:
            section[index] = current
    restating = _restating_another_period(doc, seg, claims)
    out = []
    for c in claims:
        stamp = section.get(c.sentence)
        if c.role == "background" and c.scope.time is None and _told_of_an_earlier_date(doc, seg, c):
            out.append(c)  # "A US strike on the terminal on February 27 killed nine": no update's toll
            continue
        if c.id in restating:
            out.append(replace(c, role="background") if c.role == "total" else c)
            continue
        # a running toll's "since Monday" is told again at each post: the post's time orders them
        running = c.scope.time is not None and c.scope.time.startswith("since ") and c.role == "total"
        posts_day = c.role != "background" and _the_night_or_day_of_the_post(c, weekday)
        if stamp is not None and (c.scope.time is None or running or c.scope.time in _THE_POST_S_DAY
                                  or posts_day) and (
                not _of_another_year(doc.text, seg, c)):  # "seven killed in today's protests" at 6:50pm
            c = replace(c, scope=replace(c.scope, time=stamp[1]))
        if c.role == "total" and c.category != "other" and (stamp[0] if stamp else latest) < latest:
            c = replace(c, role="background")  # the rules see it only as the toll's history
        out.append(c)
    return out


def _the_night_or_day_of_the_post(claim: Claim, weekday: str | None) -> bool:
    """"overnight", "last night", or "on Sunday" in a page of that Sunday (`weekday`, lower case):
    the night or day the page follows, so the post's time orders its figures ("21 people are now
    confirmed dead in the overnight strikes" at 12.45, "18 people were killed" at 15.40)."""
    time = claim.scope.time
    return time in ("overnight", "last night") or (
        weekday is not None and time is not None and time == f"on {weekday}")


def _weekday(doc_date: str | None) -> str | None:
    """The article's weekday in lower case ("sunday"), None when its date is unknown."""
    try:
        return dt.date.fromisoformat(doc_date[:10]).strftime("%A").lower() if doc_date else None
    except ValueError:
        return None


# "At 05:40 he said ...", "By 09:30, ...", "first reported the attack at 02:15, writing that ...":
# a post's or statement's time told inside a sentence
_ON_A_DATE_AFTER = re.compile(rf"[ \t]*on[ \t]+(?P<month>{_MONTH_NAMES})[ \t]+(?P<day>[12]?\d|3[01])\b",
                              re.IGNORECASE)


def _days_before_the_article(dated: re.Match[str], doc_date: str | None) -> int:
    """How many days before the article's date a told date ("on August 17") is; 0 if not before."""
    dates = _in_the_article_s_year(dated.group("month"), dated.group("day"), doc_date or "")
    return max(0, (dates[1] - dates[0]).days) if dates else 0


_CLOCK_IN_SENTENCE = re.compile(
    r"\b(?:[Aa]t|[Bb]y|[Aa]s[ \t]+of|[Uu]ntil|[Aa]round|[Ss]hortly[ \t]+(?:after|before)|"
    r"[Jj]ust[ \t]+(?:after|before))"
    r"[ \t]+(?:(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?!\d|:\d)[ \t]*(?P<ampm>[ap]\.?m\.?(?=\W|$))?|"
    r"(?P<h2>1[0-2]|0?[1-9])[ \t]*(?P<ampm2>[ap]\.?m\.?(?=\W|$))|(?P<noon>noon|midday|midnight)\b|"
    # "By six in the morning the governor was reporting nine drones downed"
    r"(?P<hw>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|0?[1-9])[ \t]+"
    r"(?P<ampm3>in[ \t]+the[ \t]+(?:morning|afternoon|evening)|at[ \t]+night)\b)")


# a sentence opening with the part of the day it tells of: "By evening, AFAD said nine people had died"
_DAY_PART_IN_SENTENCE = re.compile(
    r"[ \t\"\u201c]*(?:By|In|Late|Early|Later|Towards?)(?:[ \t]+in)?(?:[ \t]+the)?[ \t]+"
    r"(?:(?:early|late|mid-?)[ \t]*)?(?P<part>dawn|morning|midday|afternoon|evening|nightfall)\b")


def _of_another_year(text: str, seg: Segmented, claim: Claim) -> bool:
    """A figure of another period ("the February 2023 earthquakes, which killed more than
    53,000"): no update of the day, whatever time the page tells it at."""
    if claim.role != "background":
        return False
    sentence = seg.sentences[claim.sentence]
    return bool(_YEAR.search(text, sentence.start, sentence.end) or _ANOTHER_YEAR_WORDS.search(
        text, sentence.start, sentence.end) or _IN_A_MONTH_COMMA_JUST_BEFORE.search(
        text, max(sentence.start, claim.start - 16), claim.start))  # "this year; in February, 23 bodies"


# "almost exactly a year after Hurricane Perrin, which killed 12 people": another year's event
_ANOTHER_YEAR_WORDS = re.compile(r"\b(?:a|one|two|three)\s+years?\s+(?:after|before|since|ago)\b|"
                                 r"\blast\s+year\b|\ba\s+year\s+earlier\b|"
                                 # "The last medicane to reach Sicily, two autumns ago, killed two people"
                                 r"\b(?:a|one|two|three|four|five)\s+"
                                 r"(?:autumns|springs|summers|winters|seasons)\s+ago\b", re.IGNORECASE)


def _no_clock(claim: Claim) -> bool:
    """No time, or only a day's or the event's ("at 6.10am on Monday", "the toll of the overnight
    attack stood at two": the clock of the update says more)."""
    time = claim.scope.time
    return time is None or time in ("today", "yesterday", "overnight", "last night") or (
        time.startswith("on ") and time[3:] in _WEEKDAYS_LOWER)


# a governor's drones downed "by six in the morning", then "shortly after 8 a.m.": a running tally too
_CLOCKED = TOLLS | frozenset(_LAUNCHED_OF) | _LAUNCH_CATEGORIES


def _sentence_clock_stamps(doc: Document, seg: Segmented, claims: list[Claim]) -> list[Claim]:
    """A toll told at several times of one morning inside a paragraph ("At 05:40 he said the toll
    had risen to four ... By 09:30 ... he put the toll at six"): each figure carries its
    sentence's time, and one under an earlier time than a later figure of its kind is that
    toll's history, not a rival of it. Only when two or more times date figures of one kind."""
    stamps: dict[int, tuple[int, str]] = {}
    parts: dict[int, tuple[int, str]] = {}
    for index in sorted({c.sentence for c in claims if c.category in _CLOCKED}):  # only they are dated
        sentence = seg.sentences[index]
        part = _DAY_PART_IN_SENTENCE.match(doc.text, sentence.start, sentence.end)
        if part is not None:  # "By evening, AFAD said nine had died, among them a woman ... around midday"
            parts[index] = (DAY_PARTS[part.group("part").lower()], part.group("part").lower())
        elif (m := _CLOCK_IN_SENTENCE.search(doc.text, sentence.start, sentence.end)) is not None:
            minutes = _stamp_minutes(m)
            stamps[index] = (minutes, f"{minutes // 60:02d}:{minutes % 60:02d}")
            dated = _ON_A_DATE_AFTER.match(doc.text, m.end())
            if dated and (days := _days_before_the_article(dated, doc.date)):
                # "issued at 23:00 on August 17", in a statement of the 18th: the day before's update
                month = dated.group("month")[:3].capitalize()
                stamps[index] = (minutes - days * 1440, f"{month} {int(dated.group('day'))}")
    if stamps:  # the part of a day tells the time only beside updates told by the clock
        stamps.update(parts)
    if len(set(stamps.values())) < 2:
        return claims
    latest: dict[str, int] = {}
    times: dict[str, set[int]] = {}
    for c in claims:
        if c.category in _CLOCKED and c.role != "increment" and c.sentence in stamps and _no_clock(c) and (
                not _of_another_year(doc.text, seg, c)):
            minutes = stamps[c.sentence][0]
            times.setdefault(c.category, set()).add(minutes)
            if c.role == "total":
                latest[c.category] = max(latest.get(c.category, minutes), minutes)
    newest = max(minutes for minutes, _ in stamps.values())
    restating = _restating_another_period(doc, seg, claims)
    out = []
    for c in claims:
        stamp = stamps.get(c.sentence)
        if (stamp is not None and c.category in _CLOCKED and _no_clock(c)
                and not _of_another_year(doc.text, seg, c) and len(times.get(c.category, ())) >= 2
                and c.id not in restating):
            c = replace(c, scope=replace(c.scope, time=stamp[1]))
            if c.role == "total" and stamp[0] < latest[c.category]:
                c = replace(c, role="background")  # the toll's history
        elif (stamp is not None and c.category in TOLLS and c.role == "total" and stamp[0] < newest
              and _no_clock(c) and any(o.category == c.category and o.role == "total"
                                       and o.sentence < c.sentence and o.sentence not in stamps
                                       for o in claims)):
            # "As of 15:00, 7 ... 138 citizens were injured ... In our statement issued at 09:30, 5 deaths
            # and 94 injuries had been reported": the count as it stood at an earlier update
            c = replace(c, role="background", scope=replace(c.scope, time=stamp[1]))
        out.append(c)
    return out


# "revised the number of inmates killed down to 25": earlier counts of that group are replaced
_REVISED_BEFORE = re.compile(r"\b(?:revised|revising|corrected|correcting|lowered|lowering|adjusted)\b"
                             r"(?:[^.;]|\b[ap]\.m\.){0,70}?\b(?:down(?:ward)?\s+|up(?:ward)?\s+)?to\s+$",
                             re.IGNORECASE)  # "was revised at 3 p.m. to 16 dead"


def _mark_revised(claims: list[Claim], revision: Claim) -> None:
    """A revised figure replaces the article's earlier figures of the same category and group."""
    for k, earlier in enumerate(claims):
        if (earlier.category == revision.category and earlier.role == "total"
                and (earlier.entity or "").lower() == (revision.entity or "").lower()
                # "The provisional toll ..., 14 dead and 49 injured, was revised at 3 p.m. to 16 dead"
                and (earlier.entity or earlier.sentence == revision.sentence)
                and earlier.value != revision.value):
            claims[k] = replace(earlier, role="background")


_FACTBOX_LINE = re.compile(r"[ \t]*[-*\u2022\u2013]?[ \t]*[A-Za-z][A-Za-z ]{1,30}:[ \t]*$")


def _mark_the_count_the_additions_raised(claims: list[Claim], sentence_claims: list[Claim],
                                         total: Claim) -> Claim:
    """"... five soldiers died repelling the assault." Paragraphs later: "Two of them died overnight,
    ..., bringing the number of soldiers killed to seven": the count, anywhere before, that the
    sentence's additions raise to its total exactly. The total is returned with that count's place
    when it took its place from an addition's ("2 more residents of Kherson sought medical help, so
    the number of injured has been updated to 14": the region's 12 and two more, not Kherson's)."""
    additions = [c for c in sentence_claims if c.role in ("increment", "subset")
                 and c.category == total.category and c.end <= total.start]
    added = [c.value for c in additions]
    if not added or total.value is None or None in added or total.category not in TOLLS:
        return total  # a toll raised over time, not money "bringing the total to" a sum of its parts
    for k, earlier in enumerate(claims):
        if (earlier.role in ("total", "background") and earlier.category == total.category
                and earlier.start < total.start and earlier.value is not None
                and earlier.value + sum(cast("list[float]", added)) == total.value
                and earlier.qualifier == "exact"):
            if earlier.role == "total":
                claims[k] = replace(earlier, role="background")
            if (earlier.scope.place != total.scope.place and earlier.scope.place is not None
                    and all(c.scope.place == total.scope.place for c in additions)):
                total = replace(total, scope=replace(total.scope, place=earlier.scope.place,
                                                     place_inferred=earlier.scope.place_inferred))
    return total


def _one_teller(a: Claim, b: Claim) -> bool:
    """Whether two figures may be one source's: either names none, or both name the same."""
    return a.attribution is None or b.attribution is None or a.attribution == b.attribution


def _mark_earlier_counts(claims: list[Claim], previous: list[Claim], total: Claim) -> None:
    """"Four workers were killed at the scene. ... His body was found, raising the death toll
    to five": a smaller count of the toll just before is the count the new one replaces."""
    for k, earlier in enumerate(previous):
        if (earlier.category == total.category != "other" and earlier.role == "total"
                and earlier.high is not None and total.low is not None and earlier.high < total.low):
            replaced = replace(earlier, role="background")
            previous[k] = replaced
            claims[_at(claims, earlier)] = replaced


_A_WORD_OF_HARM_TO_THE_LIVING = re.compile(r"\b(?:injur|wound|hurt|treat|critical|serious|stable|discharg|"
                                           r"admitted|surviv|alive|burn)", re.IGNORECASE)


def _mark_a_part_of_these(text: str, sent: Sentence, claims: list[Claim], sentence_claims: list[Claim],
                          previous_claims: list[Claim]) -> None:
    """"... destroyed 211 Ukrainian fixed-wing unmanned aerial vehicles over Russia. Of these, 74
    UAVs were destroyed over the territory of the Moscow region, including 38 ..., 52 over ...":
    the first figure after "Of these," counts some of the sentence before's, like it."""
    first = sentence_claims[0]
    if not _OF_ALL_THESE_OPENING.match(text, sent.start):
        return
    if first.role == "total" and first.category != "other" and first.value is not None and any(
            c.role == "total" and c.category == first.category and c.unit == first.unit
            and c.value is not None and c.value > first.value for c in previous_claims):
        sentence_claims[0] = replace(first, role="subset")
        claims[_at(claims, first)] = sentence_claims[0]
    dead = previous_claims[-1] if previous_claims else None
    if dead is not None and dead.category == "killed" and dead.role == "total" and (
            not _A_WORD_OF_HARM_TO_THE_LIVING.search(text, sent.start, sent.end)):
        # "The bodies of 26 people were brought to hospitals ... Of them, 12 were taken to Dhaka Medical
        # College Hospital, seven to ...": where the dead were taken, not people injured
        for index, claim in enumerate(sentence_claims):
            if claim.category == "injured" and claim.role in ("total", "subset"):
                sentence_claims[index] = replace(claim, category="killed", role="subset")
                claims[_at(claims, claim)] = sentence_claims[index]
    these = previous_claims[-1] if previous_claims else None
    if these is not None and these.role == "total" and these.value is not None:
        # "calls about 19 missing passengers ... Of them, 14 were traced ..., and three were still
        # unaccounted for": those of them still missing, not a rival count of the missing
        for index, claim in enumerate(sentence_claims):
            # (of the same things: "Of these UAVs, 152 were shot down by fire, and 26 were lost": drones)
            if (claim.role == "total" and _same_things(claim.category, these.category)
                    and claim.unit == these.unit and claim.value is not None and claim.value < these.value):
                sentence_claims[index] = replace(claim, role="subset")
                claims[_at(claims, claim)] = sentence_claims[index]
    if not previous_claims or previous_claims[-1].category in TOLLS:
        return
    # "Health facilities have so far received 37 patients ... Of these, 27 remain admitted, seven have
    # been discharged and three have died": the three are those of the toll who died in hospital
    for index, claim in enumerate(sentence_claims):
        if claim.role == "total" and claim.category in TOLLS and claim.value is not None and any(
                c.role == "total" and c.category == claim.category and c.value is not None
                and c.value > claim.value and c.end < sent.start for c in claims):
            sentence_claims[index] = replace(claim, role="subset")
            claims[_at(claims, claim)] = sentence_claims[index]


def _same_things(part: str, whole: str) -> bool:
    """One category, or the lost of the things downed ("shot down or suppressed 178 ... Of these UAVs,
    152 were shot down by fire, and 26 were lost"): the downed count both ways of downing them."""
    return part == whole or (whole.endswith("_intercepted") and part.endswith("_lost")
                             and part.split("_", 1)[0] == whole.split("_", 1)[0])


def _mark_items_of_the_things_named_again(text: str, sent: Sentence, claims: list[Claim],
                                         sentence_claims: list[Claim]) -> None:
    """"... destroyed 143 Ukrainian drones overnight ... The ministry said the drones were destroyed
    between 20:00 on Friday and 07:00 on Saturday: 48 over the Bryansk region, 35 over ...": items
    after a colon, in a sentence that names the things again with no figure, are their parts."""
    first = sentence_claims[0]
    named = THINGS_NAMED_AGAIN_BEFORE_A_COLON.search(text, sent.start, first.start)
    if named is None or len(sentence_claims) < 2:
        return
    for index, item in enumerate(sentence_claims):
        if item.role == "total" and item.category == first.category and item.start >= named.end():
            sentence_claims[index] = replace(item, role="subset")
            claims[_at(claims, item)] = sentence_claims[index]


# "the drones were destroyed between 20:00 on Friday and 07:00 on Saturday:" (the rules read it too)
THINGS_NAMED_AGAIN_BEFORE_A_COLON = re.compile(
    r"\bthe[ \t]+(?:drones|UAVs|missiles|rockets|targets|shells)\b[^.:;\d]*"
    r"(?:\d{1,2}:\d{2}[^.:;\d]*)*:[ \t]*$",
    re.IGNORECASE)


def _same_weapon_outcome(category: str, other: str) -> bool:
    """Two weapon counts of one outcome ("ballistic_launched", "drones_launched"), not the same."""
    if category == other or "_" not in category or "_" not in other:
        return False
    return category.rsplit("_", 1)[1] == other.rsplit("_", 1)[1] and category.split("_")[0] in _WEAPON_WORDS \
        and other.split("_")[0] in _WEAPON_WORDS


_PLACES_AND_BUILDINGS = frozenset({"settlement", "region", "site", "building", "facility"})
_WEAPON_WORDS = frozenset({"drones", "missiles", "ballistic", "cruise", "targets", "rockets", "shells"})


def _mark_additions(claims: list[Claim], sentence_claims: list[Claim], total: Claim) -> None:
    """"Rescuers found 12 more, bringing the number rescued to 40": 12 is an addition."""
    for k, earlier in enumerate(sentence_claims):
        if earlier.role == "total" and _same_weapon_outcome(earlier.category, total.category):
            # "launched 40 ballistic missiles and 15 drones in the second attack, bringing the
            # total fired to about 120 missiles and 45 drones": each weapon's addition
            sentence_claims[k] = replace(earlier, role="increment")
            claims[_at(claims, earlier)] = sentence_claims[k]
        elif earlier.category in (total.category, "other") and earlier.role == "total" and (
                earlier.unit == total.unit):  # not "in the past 24 hours" before "bringing the toll to"
            added = replace(earlier, role="increment", category=total.category)
            sentence_claims[k] = added
            claims[_at(claims, earlier)] = added


def _mark_the_level_added_to(claims: list[Claim], state: _ReadingState, total: Claim) -> None:
    """"Magen David Adom said it had treated 9 people ... Two more were treated at hospitals,
    bringing the night's total to 11": the 9 of the sentence before is the level the two were
    added to."""
    more = [c for c in state.sentence_claims if c.role == "increment" and c.category == total.category
            and c.value is not None]
    if len(more) != 1 or total.value is None:
        return
    level = total.value - more[0].value  # type: ignore[operator]
    for k, earlier in enumerate(state.previous_claims):
        if (earlier.sentence == total.sentence - 1 and earlier.category == total.category
                and earlier.role == "total" and earlier.value == level and earlier.unit == total.unit
                and earlier in claims):
            state.previous_claims[k] = replace(earlier, role="background")
            claims[_at(claims, earlier)] = state.previous_claims[k]


def _age_told(text: str, mention: Mention) -> bool:
    """"The man who died was 71.": a person's age, told as the end of a sentence about them; so "four were
    children between 11 and 16": their ages, a range right after the people."""
    if mention.unit is None and mention.qualifier == "range" and (mention.high or 0) <= 120 and (
            _PEOPLE_JUST_BEFORE.search(text, max(0, mention.start - 16), mention.start)) and (
            text[mention.start:mention.start + 8].lower().startswith(("between", "from "))):
        return True
    if mention.unit is not None or text[mention.end:mention.end + 1] not in (".", ","):
        return False
    if mention.qualifier == "exact" and _A_PERSON_WAS_BEFORE.search(text, max(0, mention.start - 60),
                                                                    mention.start):
        return True
    # "a woman and a boy who appeared to be about 10": a guess at his age
    return mention.qualifier in ("exact", "approx") and bool(
        _A_PERSON_SEEMED_BEFORE.search(text, max(0, mention.start - 60), mention.start))


_PEOPLE_JUST_BEFORE = re.compile(r"\b(?:children|kids|teenagers|teens|boys|girls|youths|minors|students|"
                                 r"pupils|men|women|victims)[ \t]+$", re.IGNORECASE)
_A_PERSON_SEEMED_BEFORE = re.compile(
    r"\b(?:man|woman|boy|girl|child|baby|infant|person|victim|teenager)\s+(?:who|that)\s+"
    r"(?:appeared|seemed|looked)\s+to\s+be\s+(?:only\s+|just\s+)?$", re.IGNORECASE)
_A_PERSON_WAS_BEFORE = re.compile(
    r"\b(?:man|woman|boy|girl|victim|child|person|driver|pilot|deceased|patient)(?:\s+who\s+(?:died|was\s+"
    r"killed))?\s+was\s+(?:only\s+|just\s+|aged\s+)?$", re.IGNORECASE)


def _age_limit(text: str, mention: Mention) -> bool:
    """"31 were under 18", "most were over 65": people's age limit, not a count."""
    if mention.qualifier not in ("less_than", "more_than") or mention.unit is not None:
        return False
    word = text[mention.start:mention.num_start].strip().lower()
    if word not in ("under", "over", "below", "above"):
        return False
    if _AGED_GROUP_BEFORE.search(text, max(0, mention.start - 12), mention.start) and not (
            _A_NOUN_AFTER_A_COUNT.match(text, mention.end)):
        # "Children under 15 accounted for 11,150 hospitalised cases", "vaccinated 71,420 children under
        # 15 in and around the camps": who, by age
        return True
    return bool(_BE_BEFORE.search(text, max(0, mention.start - 12), mention.start)
                and _AGE_LIMIT_END.match(text, mention.end))


_A_NOUN_AFTER_A_COUNT = re.compile(r"[ \t]+(?:people|persons|residents|children|patients|cases|deaths)\b")


# "deaths among people over 65": who they were, by age
_AGED_GROUP_BEFORE = re.compile(r"\b(?:people|persons|those|adults|residents|men|women|patients|pensioners|"
                                r"children|kids|boys|girls|infants|aged)\s+$", re.IGNORECASE)


def _in_a_service_name(text: str, mention: Mention) -> bool:
    """"Rescue 1122 spokesman Bilal Khan": a number with one person's role after it, singular,
    is part of a service's name, not a count."""
    if mention.value in (None, 1) or mention.unit is not None or mention.start < 2 or (
            not text[mention.start - 2].isalpha()):
        return False
    if _SERVICE_ROLE_AFTER.match(text, mention.end):
        return True
    # "Rescue 1122 said its teams had shifted 35 of the injured": a capitalised word and a number
    # written without separators, saying or doing something, name a service
    digits = text[mention.start:mention.end]
    return (digits.isdigit() and len(digits) >= 3
            and bool(_CAPITALISED_WORD_BEFORE.search(text, max(0, mention.start - 24), mention.start))
            and bool(_SERVICE_ACTS_AFTER.match(text, mention.end)))


_CAPITALISED_WORD_BEFORE = re.compile(r"\b[A-Z][a-z]+[ \t]$")
_SERVICE_ACTS_AFTER = re.compile(r"[ \t]+(?:said|says|reported|confirmed|teams?|crews?|personnel|staff|"
                                 r"ambulances?|rescuers|volunteers|officials)\b")
# "Rescue 1122 spokesman", "Rescue 1122 District Emergency Officer Ghulam Mustafa Jatoi"
_SERVICE_ROLE_AFTER = re.compile(r"[ \t]+(?:(?:district|provincial|regional|emergency|media|public)"
                                 r"[ \t]+){0,2}"
                                 r"(?:spokes(?:man|woman|person)|official|officer|chief|director|commander|"
                                 r"helpline|hotline|operator|control\s+room)\b", re.IGNORECASE)


def _age_apposition(text: str, mention: Mention) -> bool:
    """"Ma'Khia Bryant, 16, was shot": a number set off by commas after a name is an age."""
    if mention.value is None or not 0 < mention.value < 120 or mention.qualifier != "exact":
        return False
    if _NAME_COMMA.search(text, max(0, mention.start - 40), mention.start):
        # "brothers Wilson and Édgar Suárez Rojas, 27 and 31, and ...": the first of two ages
        return bool(_COMMA_AFTER.match(text, mention.end) or _AND_AN_AGE_AFTER.match(text, mention.end))
    return bool(_NAME_COMMA_AN_AGE_AND.search(text, max(0, mention.start - 50), mention.start)
                and _COMMA_AFTER.match(text, mention.end))  # the second of them


_AND_AN_AGE_AFTER = re.compile(r"[ \t]+and[ \t]+\d{1,3}[ \t]*,")
_NAME_COMMA_AN_AGE_AND = re.compile(r"\b[A-Z][\w'\u2019\-]+[ \t]*,[ \t]*\d{1,3}[ \t]+and[ \t]+$")


def _pronoun_one(mention: Mention, claim: Claim) -> bool:
    """"one after another", "One hit the school", "one economist said": a lone word "one"
    that counts nothing the rules know is a pronoun or an article, not a figure."""
    return mention.is_word and mention.value == 1 and claim.category == "other" and claim.unit == "count"


def _last_item_one(text: str, mention: Mention, sentence_claims: list[Claim]) -> bool:
    """"16 Indians, six Filipinos, two Pakistanis and one Romanian": "one" ends a list of figures;
    so does "..., Kisumba three, Mandoro two and Oldonyo one", a list by place."""
    if len(sentence_claims) >= 2 and _AND_A_PLACE_BEFORE.search(text, max(0, mention.start - 40),
                                                                mention.start):
        last = sentence_claims[-1]
        return last.scope.place is not None and len(text[last.end:mention.start]) <= 40
    if len(sentence_claims) < 2 or not text[:mention.start].rstrip().endswith(" and"):
        return False
    previous = sentence_claims[-1]
    between = text[previous.end:mention.start]
    return len(between) <= 40 and "," not in between.rstrip()[:-3] and bool(_LIST_GAP.fullmatch(between))


def _unit_of_the_item_before(text: str, mention: Mention, counted: _Counted,
                             state: _ReadingState) -> str | None:
    """The unit a bare figure of a list by place leaves out: "18,210 hectares in Valparaíso, 8,970
    in Biobío" (the item before it has the unit, and both are "N in <Place>")."""
    if mention.unit is not None or counted.noun is not None or not state.sentence_claims:
        return None
    previous = state.sentence_claims[-1]
    if previous.unit == "count" or previous.unit.startswith("1/") or previous.category != "other":
        return None
    if not (_IN_A_PLACE_AFTER.match(text, mention.end) and _IN_A_PLACE_AFTER.match(text, previous.end)
            and _listed_after(text, previous, mention)):
        return None
    return previous.unit


def _listed_after(text: str, previous: Claim, mention: Mention | Claim) -> bool:
    """The figure follows the previous one in a list: ", Gaya for four", " and 40 over Kursk"."""
    between = text[previous.end: mention.start]
    return len(between) <= 90 and bool(_LIST_GAP.fullmatch(between))


_ITEMISED_BY_COLON = re.compile(r"[^\d:.;\n]{0,30}:[ \t]*(?:\S+[ \t]+){0,2}")
_OF_THE_HARMED = re.compile(r"\s+of\s+the\s+(?:[a-z]+(?:-[a-z]+)?\s+(?=deaths\b|dead\b))?"
                            r"(injured|wounded|hurt|dead|deceased|deaths|bodies|missing|martyrs|fatalities)\b",
                            re.IGNORECASE)
CARE_PLACE_NOUNS = frozenset("hospitals morgues mortuaries clinics".split())
_THE_HARMED_TAKEN_TO_BEFORE = re.compile(
    r"\b(?:the|their)[ \t]+(?:\d+[ \t]+)?(?P<who>bodies|dead|injured|wounded)[ \t]+"
    r"(?:(?:were|had[ \t]+been|have[ \t]+been)"
    r"[ \t]+(?:taken|brought|rushed|sent|transferred|moved|shifted|admitted|distributed)[ \t]+(?:to|among)|"
    # "The 14 bodies are in two mortuaries: nine at BSUTH and four at the Federal Medical Centre"
    r"(?:are|were|lie|remain)[ \t]+(?:in|at))[ \t]+$",
    re.IGNORECASE)
# "11 to Laquintinie", "one to the Bonassama district hospital": the item's hospital
_TO_A_NAMED_PLACE_AFTER = re.compile(r"[ \t]+to[ \t]+(?:the[ \t]+)?(?P<place>[A-Z][\w'\u2019\-]*"
                                     r"(?:[ \t]+(?:[A-Z][\w'\u2019\-]*|district|general|regional|teaching|"
                                     r"central|hospital|clinic|morgue|mortuary))*)")
_HARMED_CATEGORY = {"injured": "injured", "wounded": "injured", "hurt": "injured", "dead": "killed",
                    "deceased": "killed", "deaths": "killed", "bodies": "killed", "missing": "missing",
                    "martyrs": "killed", "fatalities": "killed"}
_PLACE_GROUPS = frozenset({"region", "site"})
# "six in Florida", "11 to Upper Valley University Hospital": an item of a list by place
_IN_A_PLACE_AFTER = re.compile(r"[ \t]+(?:in|on|at|to|under)[ \t]+(?:the[ \t]+)?"
                               r"[A-Z\u00C0-\u00D6\u00D8-\u00DE]")
_BY_AN_AGENT_AFTER = re.compile(r"[ \t]+by[ \t]+(?:the[ \t]+|local[ \t]+)?(?![A-Z][a-z]+day\b)[\w-]+")


def _part_of_earlier(text: str, sentence_start: int, mention: Mention, counted: _Counted,
                     lexicon: Lexicon, state: _ReadingState, unit: str = "count") -> Claim | None:
    """The figure this one is a part of: "killed 12 people, including four children",
    "destroyed 337 drones, 91 of them over Moscow" (same kind of thing, named just before)."""
    before = _item_opening(text, max(sentence_start, mention.start - 30), mention.start)
    if state.sentence_claims and _listed_after(text, state.sentence_claims[-1], mention):
        previous = state.sentence_claims[-1]
        attackers = (counted.noun or "").lower() in _ATTACKER_HEADS and (
            (previous.entity or "").lower() not in _ATTACKER_HEADS)  # "... were martyred and 19 terrorists"
        if not attackers and (previous.role == "subset" or _SUBSET_BEFORE.search(text, sentence_start,
                                                                                   previous.start)):
            before = "including "  # "including 91 over Moscow and 40 over Kursk"
    listed = _COLON_LIST.search(before) and (mention.unit is None or ":" in before[-12:])
    if listed and "(" in before and _bracketed_place(text, mention):
        return None  # "followed by Uttarakhand (84), Assam (61)": each place's own figure
    if not listed and state.sentence_claims and mention.unit is None:
        previous = state.sentence_claims[-1]
        colon = text.rfind(":", sentence_start, previous.start)
        if colon >= 0 and _listed_after(text, previous, mention) and any(
                c.end <= colon for c in state.sentence_claims):
            listed = True  # "...: 21 at Donka hospital, 17 at Ignace Deen and nine at a clinic"
        after_whole = text.rfind(":", previous.end, mention.start)
        if after_whole >= 0 and "\n" not in text[previous.end:mention.start] and _LIST_GAP.fullmatch(
                text, after_whole + 1, mention.start):
            listed = True  # "3 workers died in captivity: one of illness in June, and two who ..."
    if not (_SUBSET_BEFORE.search(before) or listed or _OF_THEM.match(text, mention.end)):
        return None
    group = counted.group if counted.group != "person" else None
    of_whom = _OF_THE_HARMED.match(text, mention.end)  # "130 of the injured": a part of the injured
    wanted = _HARMED_CATEGORY[of_whom.group(1).lower()] if of_whom else None
    for earlier in reversed(state.sentence_claims):
        if wanted is not None and earlier.category != wanted:
            continue
        earlier_group = lexicon.entity_group(earlier.entity) if earlier.entity else None
        if counted.group == "person" and earlier_group in WEAPON_GROUPS:
            continue  # "dozens of rockets ... killed two of its members": people, not rockets
        earlier_group = None if earlier_group == "person" else earlier_group
        if group in _COUNTS_OF_NO_ONE and earlier_group != group:
            continue  # "arrested two suspects for murder (three counts)": charges, none of the suspects
        # no cruise/ballistic downed: "shot down 27 missiles, including 24 Kh-101 cruise missiles"
        same = (earlier_group == group or earlier_group is None or group is None
                or {earlier_group, group} <= {"building", "facility"}  # "53 buildings: ... two kindergartens"
                or ((bool(listed) or "includ" in before) and earlier_group == "missile"
                    and group in ("cruise", "ballistic") and earlier.category == "missiles_intercepted"))
        if listed and "\n" in text[earlier.end:mention.start]:
            continue  # "Dead: 38\nMissing: 21": a line's label, not a list after 38
        if listed and "," in text[earlier.end:mention.start] and _INCLUDING_THE_BEFORE.search(
                text, max(sentence_start, earlier.start - 20), earlier.start):
            continue  # "Seven workers, including the four pulled out alive, are in hospital: five at ...":
            # the list is the seven's, not the aside's
        selected_inside = (earlier is state.sentence_claims[-1] and earlier.role == "subset"
                           and INCLUDING_BEFORE.search(text, max(sentence_start, mention.start - 30),
                                                        mention.start))  # "six over Moscow, including three"
        if earlier.high is not None and mention.low is not None and mention.low > 10 * earlier.high:
            continue  # "1,184,000 homes in the three states — 731,000 in Florida": not the states
        if (earlier_group == "facility" and group is None and _IN_A_PLACE_AFTER.match(text, mention.end)
                and any(c.role == "total" and c.category != "other" for c in state.sentence_claims)):
            continue  # "all 26 injured were taken to three hospitals: 11 to ...": the injured, by hospital
        if earlier_group in _PLACE_GROUPS and group is None and (
                _IN_A_PLACE_AFTER.match(text, mention.end) or _listed_place(text, mention.start)):
            continue  # "killed 21 people in the five places it struck: six in Florida": not the places;
            # "38 people have died across five states: Okpara 21, Ruwan 9": the states' dead
        # "The injured include 7 foreign nationals: 4 from the Netherlands, ...": the list
        # itemises the figure before its colon, itself a part or not
        before_colon = bool(listed) and bool(_ITEMISED_BY_COLON.fullmatch(text, earlier.end, mention.start))
        # "a further 23 drones were downed on Sunday, including six over ...": some of the 23
        if same and earlier.unit in ("count", unit) and (
                earlier.role in ("total", "increment") or selected_inside or before_colon):
            return earlier
    if not state.sentence_claims and counted.noun and _COLON_LIST.search(before) and _AS_FOLLOWS.search(
            text, sentence_start, mention.start):
        # "cut 2,400 positions. They will be distributed as follows: 1,150 positions in Europe"
        for earlier in reversed(state.previous_claims):
            if earlier.entity and earlier.entity.lower() == counted.noun and earlier.unit == "count" and (
                    earlier.role == "total"):
                return earlier
    return None


def _the_last_figure_counts_things(state: _ReadingState, lexicon: Lexicon) -> bool:
    """Whether the figure told last, in this sentence or before, counts drones, missiles or the
    like ("launched 94 drones. Air defence shot down 71,"; not "damaged 3,900 schools and destroyed
    over 400")."""
    last = state.sentence_claims[-1] if state.sentence_claims else (
        state.previous_claims[-1] if state.previous_claims else None)
    return last is not None and lexicon.entity_group((last.entity or "").lower()) in WEAPON_GROUPS


def _inherit_counted(text: str, mentions: Sequence[Mention], counted: Sequence[_Counted],
                     i: int) -> tuple[_Counted, bool]:
    """'64 out of 145 drones', '10 and 15 drones': a bare figure borrows the next one's noun.

    Returns the counted noun and whether the figure is the part of an "X of Y" pair.
    """
    if counted[i].noun or i + 1 >= len(mentions):
        return counted[i], False
    between = text[mentions[i].end: mentions[i + 1].start]
    if re.fullmatch(r"\s+(?:out\s+of|of)(?:\s+(?:the|all|those|its|their))?(?:\s+[A-Za-z]+['\u2019]s)?\s+",
                    between, re.IGNORECASE):  # "22 of the state's 75 districts"
        nxt = counted[i + 1]
        return _Counted(nxt.noun, nxt.group, mentions[i].end), True
    if re.fullmatch(r"\s*(?:,|and|or|to)\s*(?:and\s+)?", between) and mentions[i].unit is None:
        nxt = counted[i + 1]
        return _Counted(nxt.noun, nxt.group, mentions[i].end), False
    return counted[i], False


@dataclass(frozen=True, slots=True)
class _Reading:
    """What a figure counts, as read from its own words: noun, category, unit, extent."""

    counted: _Counted
    category: str
    trigger: tuple[int, int] | None
    unit: str
    end: int


def _read(text: str, sent: Sentence, mentions: Sequence[Mention], counted_all: Sequence[_Counted],
          i: int, lexicon: Lexicon, m: _Matchers, state: _ReadingState) -> tuple[_Reading, bool]:
    """The counted noun, unit and category of figure i; and whether it is the part of "X of Y"."""
    mention = mentions[i]
    counted, is_part = _inherit_counted(text, mentions, counted_all, i)
    if counted.noun is None and "to" in text[max(sent.start, mention.start - 12):mention.start]:
        named = _NUMBER_OF_BEFORE.search(text, max(sent.start, mention.start - 90), mention.start)
        if named:  # "revised the number of inmates killed down to 25": 25 inmates
            # "bringing the number of injured penitentiary agents to five": five agents
            nouns = named.group("noun").lower().split() if named.group("noun") else [
                named.group("owner").rstrip("s").lower() + "s"]
            noun = next((w for w in nouns if lexicon.entity_group(w) == "person"), None)
            if noun is not None:
                counted = _Counted(noun, "person", counted.end)
    end = max(counted.end, mention.end)
    unit = mention.unit or "count"
    rate = _RATE.match(text, end, sent.end)
    if rate:
        per = rate.group("per") or rate.group("per2") or rate.group("people").replace(" ", ",")
        unit = f"1/{per.lower()}"
        end = rate.end()
    category, trigger = ("other", None)
    elided = _unit_of_the_item_before(text, mention, counted, state) if not rate else None
    if elided is not None:
        unit = elided  # "18,210 hectares in Valparaíso, 8,970 in Biobío": 8,970 hectares
    elif mention.unit is None or unit.startswith("1/"):
        category, trigger = _category(text, state.clauses, mention.start, end, counted.group, m)
        opening_end = state.clauses.opening_end
        if trigger is not None and trigger[0] < opening_end <= mention.start and state.sentence_claims and (
                state.sentence_claims[0].category in TOLLS and state.sentence_claims[0].end <= opening_end):
            # "Of the seven still being treated there after his death, four had been released ...":
            # the opening's words are the whole's, and a part with none of its own is of its kind
            category = state.sentence_claims[0].category
        if trigger is None and mention.qualifier == "vague" and category != "other" and (
                (cat := lexicon.category(category)) is not None and cat.fallback):
            category = "other"  # "several enemy drones are in the airspace": no count of the attack
        before = next((c for c in reversed(state.sentence_claims) if c.category in _LAUNCHED_OF), None) if (
            category in _INTERCEPTED_OF and (trigger is None or text[trigger[0]:trigger[1]].lower()
                                             in _LISTING_TRIGGERS)) else None
        if before is not None and _listed_after(text, before, mention) and not _A_VERB_BETWEEN.search(
                text, before.end, mention.start):
            # "shot down six guided aerial bombs, three HIMARS ... projectiles and two Neptune-MD
            # long-range guided missiles": the list's verb, however far, is the last item's too
            category = _INTERCEPTED_OF[category]
        if trigger is None and state.bullet and state.list_trigger and counted.group:
            # "shot down 168 air targets:" then "- 5 Iskander-M ballistic missiles;": shot down
            choice = m.choices.get(counted.group)
            listed = choice.by_trigger.get(state.list_trigger) if choice else None
            if listed:
                category = listed[1]
    if category != "other" and ":" in text[max(sent.start, mention.start - 3):mention.start] and (
            _ANIMALS_LABEL_BEFORE.search(text, max(0, mention.start - 40), mention.start)):
        category, trigger = "other", None
    if counted.noun is None and trigger and trigger[0] >= end and not text[end:trigger[0]].strip():
        end = trigger[1]  # "12 dead": the highlight covers the word that says what is counted
    compound = _COMPOUND_AFTER.match(text, mention.end)
    if compound:  # "a nine-storey building", "a 12-hour curfew": the number describes a thing
        counted, category, trigger = _Counted(compound.group(1).lower(), UNKNOWN, mention.end), "other", None
    elif ((counted.group is None or (counted.noun == "others" and state.sentence_claims
                                      and state.sentence_claims[-1].entity is not None
                                      and lexicon.entity_group(state.sentence_claims[-1].entity.lower())
                                      in WEAPON_GROUPS))
          and category == "other" and state.last_thing and mention.unit is None
          and (_BARE_SUBJECT.match(text, mention.end) or (
              _BARE_OBJECT_END.match(text, mention.end) and _AN_INTERCEPTING_VERB_BEFORE.search(
                  text, max(sent.start, mention.start - 40), mention.start)
              and _the_last_figure_counts_things(state, lexicon)))
          and not _another_noun_elided(text, mention, state, lexicon)):
        # "Sixteen of them were shot down, while nine others were jammed": nine more drones; "Of the
        # 509 aerial weapons launched ..., air defences downed or jammed 467,": 467 of them
        # "29 of them were shot down", "28 were lost from radar": the drones counted just before
        noun, group = state.last_thing
        if _OF_ALL_THESE_OPENING.match(text, sent.start) and {
                c.category for c in state.previous_claims if c.role == "total"} >= {
                "drones_launched", "missiles_launched"}:
            noun, group = "targets", "target"  # "launched 446 drones and 41 missiles ... Of all these, 433"
        inherited, where = _category(text, state.clauses, mention.start, end, group, m)
        if where is not None:
            counted, category, trigger = _Counted(noun, group, counted.end), inherited, where
    if counted.group in WEAPON_GROUPS and counted.noun and not _SELECTED_BEFORE.search(
            text, max(sent.start, mention.start - 16), mention.start):
        # "476 drones and missiles, including 40 missiles, and that 421 of them": of all 476
        state.last_thing = (counted.noun, counted.group)
        before = state.sentence_claims[-1] if state.sentence_claims else None
        if (before is not None and before.entity and text[before.end:mention.start].strip() in ("and", ",")
                and lexicon.entity_group(before.entity.lower()) in WEAPON_GROUPS
                and lexicon.entity_group(before.entity.lower()) != counted.group):
            state.last_thing = ("targets", "target")  # "24 missiles and 97 drones ... 101 of them"
    if _MEASURE_BEFORE.search(text, max(sent.start, mention.start - 16), mention.start) or (
            _MEASURE_AFTER.match(text, mention.end)):
        category, trigger = "other", None  # "magnitude 7.6", "a Category 4 storm"
    if category != "other" and _A_SAYING_VERB_NEAR.search(text, mention.end, mention.end + 60) and (
            speaker := _A_SPEAKER_AFTER.match(text, mention.end)) is not None and (
            trigger is None or trigger[0] >= speaker.end() or trigger[1] <= mention.start):
        category, trigger = "other", None  # "One community leader said 14 bodies had been brought back"
    if category != "killed" and (counted.noun or "").lower() in _PATIENTS and "lost" in text[
            max(sent.start, mention.start - 24):mention.start] and _LOST_BEFORE.search(
            text, max(sent.start, mention.start - 24), mention.start):
        category, trigger = "killed", None  # "We lost four patients between Sunday evening and this morning"
    if category == "injured" and " none " in text[mention.end:mention.end + 40] and (
            _NONE_OF_THEM_HURT_AFTER.match(text, end)):
        category, trigger = "other", None  # "provided medical treatment to 14 people, none of whom were hurt"
    if category in ("killed", "missing") and counted.noun in ("survivors", "survivor"):
        category = "rescued"  # "41 survivors had been brought ashore and 18 bodies recovered"
    bodies_of = "bodies" in text[max(sent.start, mention.start - 28):mention.start] and bool(
        _BODIES_OF_BEFORE.search(text, max(sent.start, mention.start - 28), mention.start))
    if (category in ("rescued", "injured", "missing") and (counted.noun in _DEAD_NOUNS or bodies_of)) or (
            category == "other" and bodies_of and counted.group == "person"
            and not _BODIES_RETURNED.search(text, sent.start, sent.end)):
        # "two more bodies were pulled out", "the bodies of 31 people", "The bodies of the seven people
        # recovered so far have been sent to ... hospital": the dead
        category = "killed"
    if category == "rescued" and counted.noun is None and state.sentence_claims and (
            (state.sentence_claims[-1].entity or "").lower() in _DEAD_NOUNS) and (
            "alive" not in text[mention.start:mention.end + 60].lower()) and (
            "living" not in text[mention.start:mention.end + 60].lower()):
        category = "killed"  # "six bodies were retrieved ..., while five had been pulled out by villagers"
    own_participle = (trigger is not None and trigger[0] >= counted.end  # "287 enemy UAVs destroyed"
                      and not text[counted.end:trigger[0]].strip()
                      and not text[trigger[0]:trigger[1]].lower().startswith(_AUXILIARIES))
    if (_WHOLE_BEFORE.search(text, sent.start, mention.start) and category in _LAUNCHED_OF
            and not own_participle):
        # "Of the 145 drones, 64 were shot down"; not "Of the 287 enemy UAVs destroyed over the past day,"
        category = _LAUNCHED_OF[category]
    if category != "other" and counted.group == "person" and trigger is not None and trigger[0] >= end and (
            (counted.noun or "").lower() not in _HARMED_NOUNS) and (
            " of " in text[max(sent.start, mention.start - 40):mention.start]) and (
            _SOME_OF_THE_BEFORE.search(text, max(sent.start, mention.start - 40), mention.start)) and (
            _A_FINITE_VERB.search(text, end, trigger[1])) and "," not in text[end:trigger[0]] and (
            not _WHO_BETWEEN.search(text, end, trigger[0])):  # not "23 of the 41 people who died would ..."
        # "Three of the tanker's 26 crew members were injured", "Seven of the 18 people died": the
        # verb is the three's; the 26 are the crew, some of whom it befell (not "41 of the 172
        # passengers killed were ...", nor "Six of the 12 shot were students, including two who died")
        category, trigger = "other", None
    if (category != "other" and _ON_BOARD_AFTER.match(text, end)
            and _OUT_OF_BEFORE.search(text, max(sent.start, mention.start - 14), mention.start)):
        category, trigger = "other", None  # "26 are missing out of the 112 believed to have been on board"
    if category != "other" and "manifest" in text[max(sent.start, mention.start - 30):mention.end + 40] and (
            _ON_A_MANIFEST.search(text, max(sent.start, mention.start - 30), mention.start)
            or _ON_A_MANIFEST_AFTER.match(text, end)):
        category, trigger = "other", None  # "citing the manifest of 187 people registered at the port"
    if category == "other" and counted.noun is None and mention.unit is None and state.sentence_claims and (
            state.sentence_claims[-1].category in TOLLS and _ITEM_GAP_BEFORE.search(
                text, max(sent.start, mention.start - 8), mention.start)
            and _A_PLACE_AFTER.match(text, mention.end)):
        category = state.sentence_claims[-1].category  # "Two died in Lviv region, when ...; one in Odesa"
    elif category == "other" and counted.noun is None and mention.unit is None and state.sentence_claims and (
            state.sentence_claims[-1].category in _COUNTS_OF_BUILDINGS and state.sentence_claims[-1].entity
            and _ITEM_GAP_BEFORE.search(text, max(sent.start, mention.start - 8), mention.start)
            and _A_PLACE_AFTER.match(text, mention.end)):
        # "74 houses were burnt in Mushu, 58 in Hurum and 41 in Kopmur": houses burnt too
        houses = state.sentence_claims[-1]
        noun = (houses.entity or "").lower()
        category, counted = houses.category, _Counted(noun, lexicon.entity_group(noun), counted.end)
    if category == "other" and counted.noun is None and mention.unit is None and (
            item := _the_item_by_place_before(text, state.sentence_claims)) is not None and (
            _ITEM_GAP_BEFORE.search(text, max(sent.start, mention.start - 8), mention.start)
            and _OVER_A_PLACE_AFTER.match(text, mention.end)):
        category = item.category  # "31 over Kursk Region, ..., nine over Moscow Region": drones too
    if category == "other" and counted.group == "person" and state.sentence_claims and (
            (item := state.sentence_claims[-1]).category in TOLLS and _ITEM_GAP_BEFORE.search(
                text, item.end, mention.start) and not text[item.end:mention.start].strip(" ,").count(" ")
            and _INCLUDED_BEFORE.search(text, max(sent.start, item.start - 30), item.start)):
        category = item.category  # type: ignore[union-attr]  # "the dead included 96 civilians and 41 members of the security forces"
    # (not "none of the train's 14 crew members was among the dead": a group none of whom it befell)
    among = _AMONG_THE_GROUP_AFTER.match(text, end) if counted.group in (None, "person") and not (
        _NONE_OF_BEFORE.search(text, max(0, mention.start - 30), mention.start)) else None
    if among:  # "23 people had been wounded and that six women were also among the dead": the dead
        category, trigger = _AMONG_GROUPS[among.group("group").lower()], among.span("group")
    return _Reading(counted, category, trigger, unit, end), is_part


_WORD = re.compile(r"[A-Za-z]+")
_OF_THEM_ALONE = re.compile(r"[ \t]+of[ \t]+them\b(?![ \t]+(?:were|are|was|have|had)\b)")
# "... and 51 were moved to a shelter": where they went, not another of the fates before
_MOVED_ELSEWHERE_AFTER = re.compile(r"(?:[ \t]+(?!(?:have|had|has|were|was|and|or)\b)[\w-]+){0,3}?"
                                    r"[ \t]+(?:have[ \t]+been|had[ \t]+been|were|was)[ \t]+"
                                    r"(?:moved|relocated|transferred|sent|deported|returned|bused)[ \t]+"
                                    r"(?:to|back)\b")
# "identified nine victims, including the two who died, and are reviewing footage from more than 30
# surveillance cameras": the subject's next act, whose object is no item of the list
_A_PREDICATE_OF_ITS_OWN_BEFORE = re.compile(
    r"(?:,|\band)[ \t]+(?:are|were|is|was|have|has|had)[ \t]+(?:also[ \t]+|now[ \t]+)?[a-z]+(?:ing|ed)[ \t]"
    r"[^,;:.]*$")
# "and the remaining seven at Mitford Hospital": an item that borrows the verb of the list; not "and the
# remaining 37 walked out on their own"
_AN_ITEM_WITHOUT_A_VERB_AFTER = re.compile(r"[ \t]+(?:at|in|to|on|from)\b|[ \t]*[,.;]")
_INCLUDED_BEFORE = re.compile(r"\b(?:included|include|includes|including|comprised|were)[ \t]+$")
_ITEM_GAP_BEFORE = re.compile(r"(?:[;,][ \t]+(?:and[ \t]+)?|[ \t]and[ \t]+)$")
# "14 over the Kursk region", "four over the territory of the Republic of Crimea"
_OVER_A_PLACE_AFTER = re.compile(r"[ \t]+(?:over|in)[ \t]+(?:the[ \t]+)?(?:(?:territory|waters)[ \t]+of[ \t]+"
                                 r"(?:the[ \t]+)?)?[A-Z]")


def _the_item_by_place_before(text: str, sentence_claims: list[Claim]) -> Claim | None:
    """The last item of a list of things by place ("15 over Oryol Region"), past a part inside it
    (", including four flying towards Moscow,"), whose category a bare item after it shares."""
    for claim in reversed(sentence_claims):
        if claim.role == "subset" and INCLUDING_BEFORE.search(text, max(0, claim.start - 16), claim.start):
            continue
        if claim.category in _THING_CATEGORIES and claim.unit == "count" and _OVER_A_PLACE_AFTER.match(
                text, claim.end):
            return claim
        return None
    return None

_A_PLACE_AFTER = re.compile(r"[ \t]+(?:in|at)[ \t]+(?:the[ \t]+|a[ \t]+)?[A-Za-z]")
_IN_ADDITION_OPENING = re.compile(r"[ \t\"\u201c]*(?:In[ \t]+addition|Additionally|Besides)[ \t]*,")
_ANXIETY_AFTER = re.compile(r"[^.;,]{0,30}?\b(?:anxiety|shock|panic|stress\s+reactions?|emotional\s+"
                            r"distress)\b", re.IGNORECASE)
_ON_A_MANIFEST = re.compile(r"\b(?:manifest|passenger[ \t]+list|register)[ \t]+"
                            r"(?:lists[ \t]+|listed[ \t]+|of[ \t]+)(?:about[ \t]+|some[ \t]+)?$",
                            re.IGNORECASE)
_ON_A_MANIFEST_AFTER = re.compile(r"[ \t]+(?:people|passengers|persons)?[ \t]*(?:were[ \t]+)?(?:on|in)[ \t]+"
                                  r"the[ \t]+(?:manifest|passenger[ \t]+list)\b", re.IGNORECASE)
_SOME_OF_THE_BEFORE = re.compile(
    rf"(?:\d[\d,]*|\b(?i:{SMALL_NUMBER_WORDS}|all|most|some|many|none|half))[ \t]+{_OF_THE_OWNED}$")
_A_FINITE_VERB = re.compile(r"\b(?:were|was|are|is|have|has|had|remain|remains|remained|got|died|perished|"
                            r"drowned)\b", re.IGNORECASE)
_WHO_BETWEEN = re.compile(r"\b(?:who|that|which|whom)\b")
_HARMED_NOUNS = frozenset("dead victims injured wounded casualties deceased fatalities bodies deaths missing "
                          "hurt".split())
_OUT_OF_BEFORE = re.compile(r"\bout\s+of\s+(?:the\s+|a\s+total\s+of\s+)?$", re.IGNORECASE)
_ON_BOARD_AFTER = re.compile(r"[^.;,]{0,40}?\b(?:on\s+board|aboard|on\s+the\s+manifest|passengers|"
                             r"in\s+the\s+mine|underground|trapped)\b", re.IGNORECASE)
_SELECTED_BEFORE = re.compile(r"\b(?:including|among\s+them|among\s+which|of\s+which)\s+"
                              r"(?:at\s+least\s+|about\s+|some\s+)?$", re.IGNORECASE)
_AMONG_GROUPS = {"dead": "killed", "killed": "killed", "victims": "killed", "fatalities": "killed",
                 "deceased": "killed", "injured": "injured", "wounded": "injured", "missing": "missing"}
_AMONG_THE_GROUP_AFTER = re.compile(
    r"[ \t]+(?:were|was|are|is)[ \t]+(?:also[ \t]+)?among[ \t]+the[ \t]+(?P<group>"
    + "|".join(_AMONG_GROUPS) + r")\b",
    re.IGNORECASE)


_SENT_TO = re.compile(r"\b(?:referred|taken|transferred|airlifted|flown|moved|shifted|rushed|evacuated|"
                      r"sent)\s+(?:on\s+)?to\b", re.IGNORECASE)


def _sent_there(text: str, end: int, place: str) -> bool:
    """"three of them ... have been referred to GTB Hospital in Delhi": where they were taken,
    not where they were counted."""
    at = text.find(place, end, end + 160)
    return at > 0 and bool(_SENT_TO.search(text, end, at))


_POSTMODIFIERS = frozenset({"stranded", "trapped", "evacuated", "displaced", "affected", "sheltering",
                            "gathered", "living", "waiting"})
_SEAT_OF = re.compile(r"\b(?:[Ee]mbass(?:y|ies)|[Cc]onsulate|[Mm]inistry|[Hh]eadquarters|[Mm]ission|"
                      r"[Oo]ffice|[Dd]irectorate)\s+in\b")
_PATIENTS = frozenset({"patient", "patients"})
_OF_THE_FIGURE_AFTER = re.compile(r"[ \t]+(?:out[ \t]+)?of[ \t]+(?:the[ \t]+)?(?:\d|(?-i:[a-z]+[ \t]+\d))")
_OF_THE_GROUP_END = re.compile(r"\bof\s+the\s+(?:victims|dead|deceased|injured|wounded)$", re.IGNORECASE)
_DURATIONS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"})


# "White Nile state 18 cases with one death": cases of a disease are no item of a toll
_COUNTS_OF_ILLNESS = frozenset("cases case infections tests samples admissions".split())


def _relation_to_earlier(text: str, sentence_start: int, mention: Mention, reading: _Reading,
                         category: str, role: str, scope: Scope, lexicon: Lexicon,
                         state: _ReadingState) -> tuple[str, str, Scope]:
    """A figure read against the ones before it in its sentence: a list of parts goes on
    ("six of the deaths, Gaya for four"), a part takes its whole's category, a part with a
    verb of its own keeps it ("29 of them were shot down") and a part by place is that
    place's total ("including 91 over the Moscow region")."""
    counted, trigger = reading.counted, reading.trigger
    if reading.unit in _DURATIONS or _COMPOUND_AFTER.match(text, mention.end):
        # "..., among them eight children, ... over the past 24 hours"; "on the upper floor of a
        # two-storey plaza": no item of a list before it
        return category, role, scope
    if counted.group in (None, "person") and (
            spread := _THE_COUNTED_WERE_IN_N_PLACES_OPENING.match(text, sentence_start)) and (
            spread.end() <= mention.start) and not _LIST_STOPS.search(text, spread.end(), mention.start) and (
            category in ("other", _COUNTED_NOUNS[spread.group("noun").lower()])):
        # "The arrests were made in four police divisions: 19 in the East Division, 14 in ...": arrests
        return _COUNTED_NOUNS[spread.group("noun").lower()], "subset", scope
    if category == "other" and state.previous_claims and _OF_THESE_OPENING.match(text, sentence_start) and (
            _KIND_OF_PEOPLE_AFTER.match(text, mention.end)) and (
            whole := next((c for c in reversed(state.previous_claims) if c.unit == "count"), None)) and (
            whole.category in _KINDS_OF_THE_HARMED):
        # "received 74 wounded patients ... Of these patients, 41 were adults and 29 were children": the
        # kinds of those just counted, wounded as they were
        return whole.category, "subset", scope
    if state.sentence_claims and _N_MORE_BARE_AFTER.match(text, mention.end):
        # "struck 13 locations, and debris from downed targets fell on four more": four more locations
        before = state.sentence_claims[-1]
        if before.entity is not None and (before.entity or "").lower() not in ("people", "persons"):
            return before.category, "increment", scope
    if role == "increment" and _MORE_THINGS_AFTER.match(text, mention.end):
        # "89 drones were destroyed ..., 27 of them over the Moscow region, and 64 more overnight":
        # an addition of what the sentence counts, not a part of the 89
        if category == "other" and state.sentence_claims and trigger is None:
            category = next((c.category for c in reversed(state.sentence_claims) if c.role == "total"),
                            category)
        return category, role, scope
    if (role == "total" and category != "other" and text[mention.start - 1:mention.start] == "("
            and _bracketed_place(text, mention) and "followed by" not in text[sentence_start:mention.start]
            and any(c.category == category and c.role == "total" and c.value is not None
                    and (mention.value or 0) < c.value and " in " in text[c.end:mention.start]
                    for c in state.sentence_claims)):
        return category, "subset", scope  # "29 were taken to hospitals in Trnava (13), Bratislava (8)"
    if category == "other" and "each" in text[mention.end:mention.end + 24] and (
            _EACH_AFTER.match(text, mention.end)) and _OF_A_SIZE_BEFORE.search(
                text, max(0, mention.start - 16), mention.start):
        return category, role, scope  # "its two teams, of about 35 personnel each": no item of a list
    if (role == "subset" and category in TOLLS and not state.sentence_claims and not state.previous_claims
            and _OF_THEM_ALONE.match(text, mention.end) and any(
                lexicon.entity_group(word.lower()) == "person" and word.lower().endswith("s")
                for word in _WORD.findall(text, sentence_start, mention.start))):
        role = "total"  # "hauled passengers off a bus and shot dead 18 of them": of people counted nowhere
    if (role == "total" and counted.noun is None and not state.sentence_claims
            and not text[sentence_start:mention.start].strip(" \t\n\"\u201c")
            and any(c.role == "subset" and c.category == category and N_OF_THEM.match(text, c.start)
                    for c in state.previous_claims)):
        return category, "subset", scope  # "Two of them have burns ... One was treated on the spot"
    if role == "total" and " to " in text[max(sentence_start, mention.start - 8):mention.start] and (
            BRINGING.search(text, max(sentence_start, mention.start - 140), mention.start)):
        return category, role, scope  # "Three ... have died at AIIMS Deoghar, taking the death toll to 12"
    previous = state.sentence_claims[-1] if state.sentence_claims else None
    if (previous is not None and len(state.sentence_claims) == 1 and previous.role == "subset"
            and _INCLUDING_OPENING.fullmatch(text, sentence_start, previous.start)
            and "," in text[previous.end:mention.start]):
        # "Including 39 drones destroyed during the day on Saturday, the ministry has now reported 271
        # drones shot down since Friday night": the whole the opening's part is of
        return category, "total", scope
    if (previous is not None and previous.role == "total" and previous.category == category
            and category in TOLLS and role == "total" and previous.value is not None
            and (mention.value or 0) < previous.value
            and (_AFTER_THESE_DIED_BETWEEN.fullmatch(text, previous.end, mention.start) or (
                _REACHED_BEFORE_A_FIGURE.search(text, max(sentence_start, previous.start - 16),
                                                previous.start)
                and _JUST_AFTER_BETWEEN.fullmatch(text, previous.end, mention.start)))):
        # "Five people have died ..., the Secretariat said on Tuesday night, after two residents of
        # Pueblo Nuevo died in hospital": the last of the five, not a rival count; "The number of
        # injured reached 31 after three firefighters were treated for smoke inhalation": the last of them
        return category, "subset", scope
    if (previous is not None and previous.role == "increment" and previous.category == category
            and role == "total" and _IN_A_PLACE_AFTER.match(text, mention.end)
            and _ITEM_GAP_BEFORE.search(text, max(sentence_start, mention.start - 8), mention.start)):
        return category, "increment", scope  # "Seven more bodies were found, six in Viña del Mar and one ..."
    if previous is not None and ("|" in text[previous.end:mention.start] or _LABEL_AFTER_A_BREAK.fullmatch(
            text, previous.end, mention.start)):
        # "Dead: 6 | Injured: 11", "Deaths: 27; missing: 12; injured: 64": a cell of its own, not an
        # item after 6
        return category, role, scope
    previous_group = lexicon.entity_group(previous.entity) if previous and previous.entity else None
    # "14 of the dead were from Spera district, where drones and jets struck three villages": places
    cases_of_the_dead = (counted.noun or "").lower() in _COUNTS_OF_ILLNESS and (
        previous is not None and previous.category == "killed")  # "18 cases with one death"
    same_kind = not cases_of_the_dead and counted.group not in _PLACES_AND_BUILDINGS and (
        counted.noun or "").rsplit(" ", 1)[-1].lower() not in _MUNITIONS_AND_BLASTS and (
        counted.noun is None or counted.group == previous_group or (
            previous is not None and previous.entity is None and previous.role == "subset") or (
            counted.group in _MISSILE_KINDS and previous_group in _MISSILE_KINDS
            and previous is not None and previous.category == "missiles_intercepted"))
    list_word = trigger is not None and text[trigger[0]:trigger[1]].lower() in _LIST_WORDS
    of_them = previous is not None and N_OF_THEM.match(text, previous.start)  # "2 of them dead and 1 alive"
    of_whom = state.sentence_claims[-2] if len(state.sentence_claims) > 1 else (
        state.previous_claims[-1] if state.previous_claims else None)  # "29 missing ... With 23 of them"
    if of_them and counted.noun is not None and previous is not None and category not in (
            previous.category, "other") and (of_whom is None or of_whom.category != category):
        # "24 people have been rescued alive, three of them overnight, and 11 bodies have been recovered":
        # a count of its own with its own noun and verb, no item after "three of them"
        return category, role, scope
    if (previous is not None and previous.role == "subset" and role == "total"
            and _OVER_A_PLACE_AFTER.match(text, mention.end)
            and (item := _the_item_by_place_before(text, state.sentence_claims)) is not None
            and item is not previous and item.role == "total"):
        return category, role, scope  # "nine over Moscow Region, including four ..., and six over Tula"
    # "Twelve soldiers, including two officers, were martyred and 19 terrorists killed"
    attackers_after_victims = (counted.noun or "").lower() in _ATTACKER_HEADS and previous is not None and (
        (previous.entity or "").lower() not in _ATTACKER_HEADS)
    own_other_verb = category in ("other", "rescued") and bool(
        _MOVED_ELSEWHERE_AFTER.match(text, mention.end) or _FOUND_SAFE_AFTER.match(text, mention.end)
        or _STILL_HELD_AFTER.match(text, mention.end))
    if category == "other" and trigger is None and previous is not None and (
            _A_PREDICATE_OF_ITS_OWN_BEFORE.search(text, max(previous.end, mention.start - 80),
                                                  mention.start)):
        return category, role, scope
    if (category == "other" and role == "subset" and trigger is None and previous is not None
            and previous.role == "subset" and previous.category in TOLLS and counted.noun is None
            and text.endswith(("the remaining ", "the other "), max(0, mention.start - 16), mention.start)
            and _listed_after(text, previous, mention)
            and _AN_ITEM_WITHOUT_A_VERB_AFTER.match(text, mention.end)):
        # "Of them, 22 are being treated at the DMCH burn unit, 15 at ..., and the remaining seven at Mitford
        # Hospital": the last item of the list, of its kind
        return previous.category, role, scope
    listed = "killed"
    listing = _THE_DEAD_ARE_OPENING.match(text, sentence_start) if counted.group in (None, "person") else None
    if listing is None and counted.group in (None, "person"):
        listing, listed = _THE_INJURED_ARE_OPENING.match(text, sentence_start), "injured"
    if listing and previous is not None and previous.end <= listing.end() and (
            previous.category == "other") and ":" in listing.group():
        # "The dead were from three parishes: six in ...": a count of places, not of the dead
        previous = replace(previous, category=listed)
    if (listing and mention.start >= listing.end() and previous is not None and previous.category == listed
            and (previous.role == "subset" or previous.end <= listing.end())
            and (category in ("injured", "other") or (category == listed and ":" in listing.group()))
            and not _LIST_STOPS.search(text, listing.end(), mention.start)
            # "The dead comprise 4 diners and 2 employees, and the injured 13 diners and 4 employees"
            and not _ANOTHER_LIST_HEAD.search(text, listing.end(), mention.start)
            and not text[max(0, mention.start - 8):mention.start].endswith(("of the ", "of all "))
            and not _A_PARENT_OF_BEFORE.search(text, max(0, mention.start - 20), mention.start)):
        # "The 11 dead were seven patients ..., two patients ... and one"; "The injured were six Swiss
        # residents, three German tourists and two visitors from the Netherlands": the same people, placed
        # where the first of them is
        if scope.place is None:
            scope = replace(scope, place=previous.scope.place, place_inferred=previous.scope.place_inferred)
        return listed, "subset", scope
    if (role == "total" and previous is not None and previous.role == "subset" and same_kind
            and not attackers_after_victims and not own_other_verb  # "and 51 were moved to a shelter"
            and previous.unit == reading.unit  # not "more than 150 people fell ill" after "Two children died"
            and (category == previous.category or list_word or trigger is None or of_them)
            and _listed_after(text, previous, mention)):
        if scope.place is None and _KIND_OF_PEOPLE_AFTER.match(text, mention.end):
            # "Eleven of them were children, nine were women": the same dead, one kind each
            scope = replace(scope, place=previous.scope.place, place_inferred=previous.scope.place_inferred)
        if of_them and category == "other" and trigger is not None:
            return category, role, scope  # "four were killed, three of them at the scene, and 16 survived"
        return (category if of_them and category != "other" else previous.category), "subset", scope
    if (role == "total" and previous is not None and previous.role == "subset"
            and counted.group in (None, "person") and _listed_after(text, previous, mention)
            and any(c.role == "subset" and (_OF_THE_FIGURE_AFTER.match(text, c.end)
                                             or _OF_THE_GROUP_END.search(c.text))  # "62 of the victims"
                    for c in state.sentence_claims)):
        # "26 of the 34 injured have gone home, 7 are in hospital and one has died": all of the 34
        return category, "subset", scope
    whole = _part_of_earlier(text, sentence_start, mention, counted, lexicon, state, reading.unit)
    if whole is None or (whole.category in TOLLS and counted.group in _PLACES_AND_BUILDINGS) or (
            whole.category == "killed" and (counted.noun or "").lower() in _COUNTS_OF_ILLNESS) or (
            # "The deaths were in four prefectures: four in Niigata, ...": deaths by place, not prefectures
            category in TOLLS and lexicon.entity_group((whole.entity or "").lower()) == "region"
            and scope.place is not None and not scope.place_inferred):
        # "14 of the dead were from Spera, where jets struck three villages"; "4 deaths were recorded:
        # ... White Nile state 18 cases with one death": places and cases are no part of the dead
        return category, role, scope
    if whole.category == "other" and (whole.entity or "").lower() in CARE_PLACE_NOUNS and (
            taken := _THE_HARMED_TAKEN_TO_BEFORE.search(text, max(sentence_start, whole.start - 80),
                                                        whole.start)):
        # "The bodies were taken to three hospitals -- 11 to Laquintinie, four to ...": bodies, by hospital
        if to := _TO_A_NAMED_PLACE_AFTER.match(text, mention.end):
            scope = replace(scope, place=to.group("place"), place_inferred=False)
        return _HARMED_CATEGORY[taken.group("who").lower()], "subset", scope
    # a verb before the list's colon is the whole's ("47 people who ... died of their wounds:
    # 21 at Donka")
    # (or its dash: "All of the 31 wounded were hospitalised -- 18 in Kramatorsk, eight in ...")
    list_start = max(whole.end, *(text.rfind(opener, whole.end, mention.start)
                                  for opener in (":", " -- ", " \u2014 ", " \u2013 ")))
    own_verb = (trigger is not None and trigger[0] >= list_start
                and text[trigger[0]:trigger[1]].lower() not in _LIST_WORDS
                # "104 people have been injured, of whom 31 have been airlifted": still injured
                and not (category == "rescued" and whole.category == "injured"))
    # "14 died, including two officers, and that 96 people were arrested": a count of its own
    if own_verb and category != whole.category and (
            category != "other" or text[trigger[0]:trigger[1]].lower() in _NOT_A_FATE  # type: ignore[index]
            # "rescued eight people ... and evacuated about 30 residents": another act, its own count
            or (text[trigger[0]:trigger[1]].lower() in _ANOTHER_ACT and trigger[1] <= mention.start)):  # type: ignore[index]
        if scope.place_inferred or scope.place is None:
            scope = replace(scope, place=whole.scope.place, place_inferred=whole.scope.place_inferred)
        if whole.category == "other" and category != "other" and ":" in text[whole.end:mention.start]:
            # "our services have attended 41 people: 9 have been taken to hospital ... and 32 were
            # treated at the scene": what befell some of the 41, each a part
            return category, "subset", scope
        return category, role, scope
    # (a whole with no place of its own keeps its parts: "a further 23 drones ..., including six over the
    # Nizhny Novgorod region")
    by_place = (scope.place is not None and not scope.place_inferred and whole.scope.place is not None
                and scope.place != whole.scope.place
                and not is_care_place(scope.place)  # "two of them in intensive care at the X Hospital"
                and text.find(scope.place, mention.start, mention.end + 120) >= 0  # "91 over Moscow"
                and list_start == whole.end  # not an item of a list after the whole's colon
                and not _COLON_LIST.search(_item_opening(text, max(sentence_start, mention.start - 30),
                                                         mention.start))
                and not _sent_there(text, mention.end, scope.place))
    if scope.place is None:
        scope = replace(scope, place=whole.scope.place, place_inferred=whole.scope.place_inferred)
    return whole.category, "total" if by_place else "subset", scope


# what kills, not who is killed: "Seven of the dead were in Kostiantynivka, where two heavy bombs
# destroyed a block of flats" lists no eighth and ninth dead
_MUNITIONS_AND_BLASTS = frozenset("bombs shells rockets grenades mines munitions strikes airstrikes "
                                  "explosions blasts attacks raids rounds".split())
# what is done to people that is no harm and no rescue: a list of the harmed stops at it
_NOT_A_FATE = frozenset("arrested detained charged questioned deployed employed vaccinated tested screened "
                        "inspected".split())
_N_MORE_BARE_AFTER = re.compile(r"[ \t]+more\b(?![ \t]+(?:than|[a-z]+))", re.IGNORECASE)
_ANOTHER_ACT = frozenset({"evacuated", "evacuating", "relocated", "resettled", "sheltered"})
# "Two Filipinos were among the three seafarers killed": some of the three
_AMONG_A_FIGURE_AFTER = re.compile(r"(?:\s+[A-Za-z-]+){0,2}?\s+(?:had\s+been|have\s+been|were|was|are)\s+"
                                  r"(?:also\s+)?among\s+(?:(?:the|those|these)\s+)?"
                                  r"(?:\d|(?:" + SMALL_NUMBER_WORDS + r")\b)",
                                  re.IGNORECASE)
_MAKE_UP_A_SHARE_AFTER = re.compile(
    r"(?:[ \t]+[\w-]+){0,2}?[ \t]+(?:make|made|makes|making)[ \t]+up[ \t]+"
    r"(?:(?:almost|nearly|about|around|roughly|more[ \t]+than|less[ \t]+than|over|under|just[ \t]+over|"
    r"just[ \t]+under)[ \t]+)?(?:a[ \t]+(?:third|quarter|fifth|half|tenth)|half|one[ \t-]+third|"
    r"two[ \t-]+thirds|three[ \t-]+quarters|\d+(?:\.\d+)?[ \t]*(?:per[ \t]*cent|percent|%)|most|"
    r"the[ \t]+bulk|the[ \t]+majority)[ \t]+of\b", re.IGNORECASE)
_A_COUNTRY_S_OWN_BEFORE = re.compile(r"\b(?:flew|flown|brought|repatriated|repatriating|bringing|fly|bring)"
                                     r"[ \t]+(?:home|back)[ \t]+(?:its|their)[ \t]+$")
_DIED_IN_HOSPITAL_SINCE_AFTER = re.compile(
    r"(?:[ \t]+[a-z]+)?[ \t]+(?:(?:had|have|has)[ \t]+(?:since[ \t]+|later[ \t]+|subsequently[ \t]+)?|"
    r"(?:later|subsequently|since)[ \t]+)died[ \t]+"
    r"(?:of[ \t]+(?:their|his|her)[ \t]+(?:injuries|wounds)[ \t]+)?"
    r"in[ \t]+(?:a[ \t]+|the[ \t]+)?hospitals?\b(?:[ \t]+(?:overnight|later|since|in[ \t]+the[ \t]+night))?")
_TACTICAL_DRONES = re.compile(r"\boperational[ \t-]+tactical[ \t]+(?:level[ \t]+)?(?:drones|UAVs)\b",
                              re.IGNORECASE)
_OF_THE_N_HARMED_AFTER = re.compile(r"[ \t]+of[ \t]+the[ \t]+(?:\d[\d,]*|(?:" + SMALL_NUMBER_WORDS + r")\b)"
                                    r"[ \t]+(?:[a-z]+[ \t]+)?(?:victims|dead|injured|wounded|killed|"
                                    r"casualties)\b", re.IGNORECASE)
_THE_INJURED_AMONG_THEM_AFTER = re.compile(r"[^.;:]{0,60}?:[ \t]+the[ \t]+(?:[\w-]+[ \t]+)?"
                                           r"(?:injured|wounded)\b", re.IGNORECASE)
_ONCE_MISSING_AFTER = re.compile(
    r"(?:[ \t]+(?!(?:who|that|had|have|were|was)\b)[\w-]+){0,2}?[ \t]+(?:who|that)[ \t]+"
    r"(?:were|was|had[ \t]+been)[ \t]+(?:(?:earlier|initially|previously|first)[ \t]+)?"
    r"(?:considered|listed|reported|registered|thought|believed|feared|presumed)[ \t]+"
    r"(?:to[ \t]+be[ \t]+|as[ \t]+)?missing\b"
    r"(?![ \t,]+(?:(?:\w+[ \t]+){0,4}(?:dead|alive|safe|unharmed|well|injured|wounded|hurt)\b|the[ \t]+bod))")
# the verb that ends their being missing: found, reached, accounted for
_REACHED_BEFORE = re.compile(r"\b(?:reach(?:ed)?|locate[ds]?|found|find|traced?|contact(?:ed)?|"
                             r"accounted[ \t]+for|tracked[ \t]+down|got[ \t]+in[ \t]+touch[ \t]+with)"
                             r"[ \t]+[^.;:]{0,20}$")
_ON_BOARD_THEN_HARMED_AFTER = re.compile(r"(?:[ \t]+[a-z]+)?[ \t]+on[ \t]+board[ \t]+"
                                         r"(?P<harm>injured|wounded|hurt|killed|dead)\b", re.IGNORECASE)
# "three of the passengers were killed, while 11 others were still with the kidnappers": still held
_STILL_HELD_AFTER = re.compile(r"(?:[ \t]+(?:others|people|passengers|of[ \t]+them))?[ \t]+"
                               r"(?:were|was|are|is|remain(?:ed|s)?)[ \t]+(?:still[ \t]+)?"
                               r"(?:with|held[ \t]+by|in[ \t]+the[ \t]+hands[ \t]+of)[ \t]+"
                               r"(?:the[ \t]+|their[ \t]+)?"
                               r"(?:kidnappers|abductors|captors|gunmen|bandits|attackers|militants)\b")
_FOUND_SAFE_AFTER = re.compile(
    r"(?:[ \t]+(?:people|persons|others|of\s+them))?[ \t]+"
    r"(?:(?:had|have|has)[ \t]+(?:since[ \t]+)?been|were|was)[ \t]+(?:later[ \t]+|since[ \t]+)?"
    r"(?P<found>found|located|traced)[ \t]+(?P<state>safe|alive|unharmed|unhurt)\b",
    re.IGNORECASE)
_ONCE_MISSING_FOUND_ALIVE_AFTER = re.compile(
    r"(?:[ \t]+(?:people|persons|pilgrims|passengers|children|students|miners|workers|residents))?[ \t]+"
    r"(?:who\s+had\s+been\s+|(?:who\s+(?:were|was)\s+)?(?:earlier\s+|initially\s+|first\s+)?"
    r"(?:reported|listed)\s+(?:as\s+)?)"
    # "Five people who were listed as missing on Sunday morning turned up safe during the day"
    r"missing(?:[ \t]+(?:on|by|since|until)[ \t]+\w+(?:[ \t]+(?:morning|afternoon|evening|night))?)?,?[ \t]+"
    r"(?:(?:(?:had|have|has)[ \t]+(?:since[ \t]+)?been|were|was)[ \t]+(?:later[ \t]+|since[ \t]+)?"
    r"(?P<found>found|located|traced)|(?:have[ \t]+|had[ \t]+)?(?:later[ \t]+|since[ \t]+)?"
    r"(?P<turned>turned[ \t]+up|reappeared|resurfaced))[ \t]+(?P<state>safe|alive|unharmed|well)\b",
    re.IGNORECASE)
# "Three persons who had been listed as missing, a shepherd and his two sons, were found alive": no
# longer missing, and never pulled from the disaster either
_LISTED_MISSING_FOUND_ALIVE_AFTER = re.compile(
    r"[ \t]+who[ \t]+had[ \t]+been[ \t]+(?:reported|listed)[ \t]+(?:as[ \t]+)?missing,?"
    r"(?:[ \t]+[^,.;]{1,60},)?[ \t]+(?:were|was|have[ \t]+been|had[ \t]+been)[ \t]+(?:later[ \t]+)?"
    r"found[ \t]+(?:safe|alive|unharmed|well)\b")
_TREATED_FOR_ILLNESS = re.compile(
    r"[^.;]{0,24}?\bfor\s+(?:\w+\s+){0,2}(?:malaria|cholera|diarrh\w*|dehydration|fever|measles|typhoid|"
    r"illness\w*|diseases?|infections?|respiratory)\b", re.IGNORECASE)
_RISEN_TO_BEFORE = re.compile(r"\b(?:risen|rose|climbed|jumped|increased|grown)[ \t]+to[ \t]+$")
_INCLUDING_ONE_WHO = re.compile(r", including (?:a|an|one) [^,.;]{0,80}?\bwho\b")
# "Cyclist deaths, at about 2,000": one group's deaths
_A_GROUP_S_DEATHS_BEFORE = re.compile(r"\b(?P<group>[A-Za-z]+)[ \t]+(?:deaths|fatalities),?[ \t]+"
                                      r"(?:at|totalled|totaled|numbered|stood[ \t]+at|reached|rose[ \t]+to|"
                                      r"fell[ \t]+to)[ \t]+(?:(?:about|around|some|nearly)[ \t]+)?$")
# "All 14 residents who were in the houses have now been accounted for:" (the outcomes rule's too); "All
# 38 residents ... have now been accounted for, said Brig. Gen. Ahmed Fathy of the civil protection
# authority:"
ALL_ACCOUNTED_FOR_AFTER = re.compile(r"[^.:;]{0,70}?\b(?:have|has|had)[ \t]+(?:now[ \t]+)?been[ \t]+"
                                     r"accounted[ \t]+for(?:(?:,(?:[^.:;]|\b[A-Z][a-z]{0,4}\.){1,100}?)?"
                                     r"[ \t]*:|,[ \t]+with[ \t]+"  # "accounted for, with 14 dead and nine"
                                     r"(?=\d|[a-z]+[ \t]+(?:dead|killed|died|rescued|missing)\b))")
# "Five people have died ..., the Secretariat said on Tuesday night, after two residents ... died"
_AFTER_THESE_DIED_BETWEEN = re.compile(r"[^.;]{0,200}?,[ \t]+after[ \t]+(?:the[ \t]+)?")
_JUST_AFTER_BETWEEN = re.compile(r"[ \t]+(?:on[ \t]+\w+[ \t]+)?after[ \t]+(?:the[ \t]+|another[ \t]+)?")
_REACHED_BEFORE_A_FIGURE = re.compile(r"\b(?:risen|rose|climbed|jumped|increased|grown|reached|hit)[ \t]+"
                                      r"(?:to[ \t]+)?$")
# "rose to 14 ..., after two more people died of their wounds in Kisumu", "has risen to 19 after
# rescuers retrieved five more bodies from a collapsed market in Dolores": where the additions were
_MORE_DIED_AFTER = re.compile(r",? after (?:[\w-]+ ){0,3}(?:more|other|further|additional) (?:[\w-]+ ){0,2}"
                              r"(?:died|were killed|succumbed|bodies|body)\b|"
                              # "now counts 28 injured, after the death in Abancay": where that one died
                              r",? after the (?:latest |second |third )?deaths? (?:of|in|at)\b")
_HARM_NOUN_OWN = re.compile(r"[ \t](?:deaths|dead|fatalities|injuries|casualties)$")
_HARM_WORD_AFTER = re.compile(r"\s+(?:dead|killed|injured|wounded|hurt|missing|victims|casualties)\b",
                              re.IGNORECASE)
_OF_THE_BARE_BETWEEN = re.compile(r"\s+(?:out\s+)?of\s+(?:the|those|these)\s+", re.IGNORECASE)


def _told_just_before(state: _ReadingState, mention: Mention, category: str) -> Claim | None:
    """The figure of the same value and category told last, in this sentence or lately."""
    return next((c for c in reversed((*state.previous_claims[-6:], *state.sentence_claims))
                 if c.value == mention.value and c.category == category and c.unit == "count"
                 and c.end <= mention.start), None)


def _restated(text: str, sent_start: int, mentions: Sequence[Mention], counted: Sequence[_Counted],
              i: int, state: _ReadingState) -> tuple[Claim, bool] | None:
    """A bare "of the 17" that repeats a figure of this sentence or the one before names those
    17 again, whatever the words after it say of some of them ("12 of the 17 had gunshot
    wounds"): the earlier claim, and whether figure i is the part (12) rather than the 17."""
    mention = mentions[i]
    if mention.start < state.clauses.opening_end:
        return None  # "Of the 14 dead, eight were women": the sentence's opening, read on its own
    if mention.unit is None and counted[i].noun is None and _OF_THE_WHOLE_BEFORE.search(
            text, max(sent_start, mention.start - 16), mention.start) and not _HARM_WORD_AFTER.match(
            text, mention.end):
        named, part = mention, False
    elif (i + 1 < len(mentions) and mention.unit is None and counted[i + 1].noun is None
          and mentions[i + 1].unit is None
          and _OF_THE_BARE_BETWEEN.fullmatch(text, mention.end, mentions[i + 1].start)):
        named, part = mentions[i + 1], True
    else:
        return None
    for earlier in reversed((*state.previous_claims, *state.sentence_claims)):
        if (earlier.value == named.value and earlier.unit == "count" and earlier.category != "other"
                and not earlier.negated and earlier.end <= mention.start):
            return earlier, part
    return None


def _claim(doc: Document, seg: Segmented, sentence: int, mentions: Sequence[Mention],
           counted_all: Sequence[_Counted], i: int, attribution: str | None, lexicon: Lexicon,
           m: _Matchers, number: int, state: _ReadingState) -> Claim:
    text = doc.text
    sent = seg.sentences[sentence]
    mention = mentions[i]
    reading, is_part = _read(text, sent, mentions, counted_all, i, lexicon, m, state)
    state.last_trigger = text[reading.trigger[0]:reading.trigger[1]].lower() if reading.trigger else None
    category, end = reading.category, reading.end
    left, right = state.clauses.around(mention.start, end)
    if end <= state.clauses.opening_end:
        right = min(right, state.clauses.opening_end)  # "Of the 53 injured, 29 were taken to ...": not theirs
    quote = _quote_at(seg, mention.start)
    who = attribution
    if quote:
        who = _resolve(quote_speaker(text, quote, _paragraph_end(doc, quote[1])), state) or who
    elif state.contrasts:
        who = _contrast_speaker(text, sent, state, mention.start) or who
    role = "subset" if is_part and category in TOLLS else _role(
        text, sent.start, mention, reading.counted)
    if role == "increment" and reading.counted.group not in (None, "person") and category not in tuple((
            *state.totals.values(), *(c.category for c in state.sentence_claims))) and not (
            _MORE_THINGS_AFTER.match(text, mention.end)):
        role = "total"  # "63 shot down ... A further 14 drones were lost": a count of its own
    elif role == "increment" and category not in tuple(("other", *(seen for seen, _ in state.seen))) and (
            _FURTHER_BEFORE.search(text, max(sent.start, mention.start - 16), mention.start)):
        role = "total"  # "rescued 97, and 61 bodies ... A further 140 are still missing": the first missing
    cat = lexicon.category(category)
    fallback = doc.place if cat is not None and cat.cumulative else None
    weapons = reading.counted.group in WEAPON_GROUPS
    scope = _scope(text, sent.start, sent.end, left, right, mention.start, fallback, state.dateline, weapons)
    if who and doc.place and " and " in doc.place and (scope.place is None or scope.place == doc.place) and (
            "'s " in who or "\u2019s " in who) and (country := _a_country_s(who)) and (
            country in doc.place) and category in TOLLS:
        # "More than 790 people have been killed across Pakistan, India and Nepal ... Nepal's disaster
        # authority has recorded at least 215 deaths": in a round-up of countries, that country's
        scope = replace(scope, place=country, place_inferred=False)
    if who and " side " in text[mention.end:sent.end] and _ON_ITS_SIDE_AFTER.search(
            text, mention.end, sent.end) and (country := _a_country_s(who)):
        # "Pakistan said three civilians had been killed ... on its side of the frontier": Pakistan's dead
        scope = replace(scope, place=country, place_inferred=False)
    if scope.place and who and (named_by := _source_naming_the_place(text, who, scope.place, mention.end,
                                                                     min(right, sent.end))) is not None:
        # "killed 10 people ..., according to the Bureau of Fire Protection in Central Visayas": the
        # place in the source's name is the source's, not the figure's
        scope = _scope(text, sent.start, sent.end, left, named_by, mention.start, fallback, state.dateline,
                       weapons)
    if scope.time is None and text.find(" same ", left, right) >= 0 and _THE_SAME_PERIOD.search(
            text, left, right) and (
            told := next((c.scope.time for c in reversed(state.previous_claims) if c.scope.time), None)):
        # "Since the beginning of the current campaign on June 3, the IDF has struck ... During the
        # same period, approximately 470 rockets and 60 UAVs were launched": that period's
        scope = replace(scope, time=told)
    if cat is not None and cat.cumulative and (scope.place is None or scope.place == doc.place):
        # "A bomb hit a plant in Zaporizhzhia. Two people were killed": the paragraph's place;
        # under a heading "ISRAELI STRIKES ON YEMEN", the section's
        nearby = _paragraph_place(text, state) or state.paragraph_label or state.section_place
        if nearby and role == "subset" and len(
                {c.scope.place for c in state.previous_claims if c.category == category}) > 1:
            nearby = None  # "Three ... in Samangan, and one ... in Faryab. Four children are among the dead."
        if nearby and role == "total" and is_care_place(nearby):
            nearby = None  # "A girl died at the Hospital da Restauração. With her death, the toll rose to
            # five": where she died, not where the toll is
        if nearby and _place(text, sent.start, sent.end, mention.start, None) is None:
            scope = replace(scope, place=nearby, place_inferred=False)
    if reading.counted.group in WEAPON_GROUPS and scope.place is None and state.paragraph_sentences and (
            _NATIONWIDE_OPENING.match(text, state.paragraph_sentences[0][0])):
        # "Nationwide, Russia launched 103 attack drones ... Air defence shot down 81 drones": the night's
        scope = replace(scope, place=NATIONWIDE, place_inferred=False)
    if state.item_place and (scope.place is None or scope.place_inferred or scope.place == doc.place):
        scope = replace(scope, place=state.item_place, place_inferred=False)  # an item of a log, by place
    if (scope.place is None or scope.place_inferred) and state.city and _THE_CITY.search(text, left, right):
        scope = replace(scope, place=state.city, place_inferred=False)  # "drones flying towards the city"
    owner = _OWNER_OF_TOLL.search(text, sent.start, mention.start) if (
        category in TOLLS and "toll" in text[sent.start:mention.start]) else None
    if owner and _place_name(owner.group("place")) and (
            scope.place is None or scope.place_inferred
            or _place(text, sent.start, sent.end, mention.start, None) is None):
        # "Poland's toll is unchanged at four", "Bihar's disaster management department put its toll at 27"
        scope = replace(scope, place=_place_name(owner.group("place")), place_inferred=False)
    ranked = state.ranked_subject
    if ranked and _place_name(ranked.group("place")):  # "Bashkortostan has the most dead of any region"
        scope = replace(scope, place=_place_name(ranked.group("place")), place_inferred=False)
        role = "subset" if role == "total" else role  # one region's part of the whole
    line_start = text.rfind("\n", max(0, sent.start - 300), mention.start) + 1
    if text[line_start:mention.start].count(":") == 1 and (labelled := _PLACE_LABEL.match(text, line_start)):
        label = labelled.group("place")  # "Punjab: 164 dead, 471 injured", one place a line
        if (not label.isupper() and not m.triggers.fullmatch(label) and not _SECTION_LABEL.search(label)
                and _place_name(label)):
            scope = replace(scope, place=_place_name(label), place_inferred=False)
    if (dashed := _PLACE_DASH_LABEL.match(text, line_start)) and dashed.end() <= mention.start and (
            named := _place_name(dashed.group("place"))):
        scope = replace(scope, place=named, place_inferred=False)  # "Alta Sierra - Dead: 6 | Injured: 11"
    listed_place = _LISTED_PLACE_BEFORE.search(text, max(sent.start, mention.start - 40), mention.start)
    if listed_place and _place_name(listed_place.group("place")):  # "... 95 deaths and Birkot 36"
        scope = replace(scope, place=_place_name(listed_place.group("place")), place_inferred=False)
    bracketed = "(" in text[max(0, mention.start - 60):mention.start] and _bracketed_place(text, mention)
    if bracketed:  # "the most deaths, 117, followed by Uttarakhand (84)": Uttarakhand's deaths
        scope = replace(scope, place=bracketed, place_inferred=False)
        if role == "total" and (":" in text[sent.start:mention.start] or _inside_a_dash_aside_after_its_whole(
                text, sent.start, mention, category, state.sentence_claims)):
            # "The 24 injured were treated at the following facilities: Hospital X (15), ...",
            # "44 deaths were reported from three districts - Ballia (19), Deoria (15) ..."
            role = "subset"
        if (category == "other" and reading.counted.noun is None and state.sentence_claims
                and state.sentence_claims[-1].category in TOLLS):
            category = state.sentence_claims[-1].category
    if category == "killed" and role == "total" and " so far" in text[mention.end:mention.end + 60] and (
            _RECOVERED_SO_FAR.search(text, max(sent.start, mention.start - 40),
                                     min(sent.end, mention.end + 60))):
        role = "subset"  # "Firefighters have recovered six bodies from the factory so far": those found there
    lead = max(sent.start, mention.start - 60)
    if category == "killed" and role == "total" and "bodies" in text[lead:mention.start] and (
            _FOUND_THE_BODIES_OF_BEFORE.search(text, lead, mention.start)) and (
            (whole := state.last_totals.get("killed")) is not None and whole.sentence < sent.index
            and whole.value is not None and mention.value is not None and mention.value < whole.value):
        role = "subset"  # "... has risen to seven. Rescuers found the bodies of four people under the rubble
        # during the day": some of the seven, found there
    if category == "killed" and role == "total" and text.endswith("of the ", 0, mention.start) and (
            _A_KIND_OF_BODIES_AFTER.match(text, mention.end)):
        role = "subset"  # "confirmed the identities of four of the seven charred bodies": some of the dead
    if category == "killed" and "uspected" in text[mention.start:reading.end + 40] and (
            _SUSPECTED_DEATHS.match(text, mention.end)):
        category = "other"  # "468 suspected heat deaths that are still being examined": not yet a toll
    if category == "other" and (reading.counted.noun or "").lower() in ("victims", "people", "persons") and (
            _DEPOSITED_AFTER.match(text, reading.end)):
        # "the 46 victims had been deposited at the mortuary of the ... Hospital in Makurdi": the dead,
        # wherever their bodies are kept
        category = "killed"
        scope = replace(scope, place=_paragraph_place(text, state) or doc.place, place_inferred=False)
    facility = _facility_count(text, sent.start, mention, reading.counted, who)
    if facility:
        scope = replace(scope, place=facility, place_inferred=False)
        if category == "other" and (reading.counted.noun or "").lower() in _PATIENTS:
            category = "injured"  # "St. Brendan Medical Center received 14 patients from the shooting"
    elif state.source_area and scope.place in ("the region", "the oblast", "the province") and (
            state.source_area.endswith(("region", "oblast", "province"))):
        # "the overnight attacks on the region killed 4 people", says the region's governor
        scope = replace(scope, place=state.source_area, place_inferred=False)
    elif state.source_area and reading.counted.group in WEAPON_GROUPS and (
            scope.place is None or scope.place_inferred or scope.place.startswith("the ")):
        # "Governor of the Samara region": "27 drones were destroyed" over his region; a national
        # body's, over its country
        scope = replace(scope, place=state.source_area, place_inferred=False)
    elif cat is not None and cat.cumulative and state.local_source and (
            scope.place is None or state.local_source == "facility"):
        # a hospital's or a district office's statement counts its own patients, its own area
        scope = replace(scope, place=doc.source, place_inferred=False)
    next_words = text[mention.end:mention.end + 30]
    if ("other" in next_words or "remaining" in next_words) and (
            elsewhere := _IN_OTHER_PLACES_AFTER.match(text, mention.end)):
        # "5 in other districts: 3 in Hyderabad and 2 in Larkana": a place of its own, not the province
        scope = replace(scope, place=" ".join(elsewhere.group().split()[-2:]).lower(), place_inferred=False)
    if role == "total" and category != "other" and _by_area_item(text, mention.start):
        role = "subset"  # "Deaths by district: Tamkhola 14, Rupani 9": parts of the toll
    elif role in ("total", "subset") and category != "other" and (
            text[mention.start - 1:mention.start] == " ") and (
            first_place := _first_place_item(text, mention.start)):
        # "Punjab reported 91 deaths, Sindh 27", "Ngarua has also recorded five of the deaths, Kisumba three"
        role, scope = "subset", replace(scope, place=first_place, place_inferred=False)
    if "(" in text[max(sent.start, mention.start - 200):mention.start] and _STATUTE_GLOSS_BEFORE.search(
            text, max(sent.start, mention.start - 200), mention.start):
        role = "background"  # "Article 217 of the Criminal Code (... the death of two or more persons)"
    if role == "total" and category != "other" and (
            _background(text, sent.start, right, mention, doc.date or "")
            or _superseded(text, left, mention) or _level_risen_from(text, sent.start, mention)
            # "Nineteen deaths had been recorded before Thursday"
            or (scope.time or "").startswith("before ")):
        role = "background"
    elif role == "total" and _ABOARD_NEAR.search(text, max(sent.start, mention.start - 40),
                                                 mention.end + 40) and (
            _background(text, sent.start, right, mention, doc.date or "")):
        role = "background"  # "the trawler that sank off Pylos in 2023 was carrying up to 750 people"
    elif role == "subset" and category != "other" and _background(text, sent.start, right, mention,
                                                                   doc.date or ""):
        role = "background"  # "floods in 2022 killed 1,700, including 500 children": 500 then too
    if scope.place and who and scope.place in who and _SEAT_OF.search(who):
        # "Four of the dead were workers from Thailand, the Thai Embassy in Tel Aviv said": where
        # the source sits, not where the figure is; a part of the toll is where the toll is
        seat = text.find(who, sent.start, sent.end)
        named = _place(text, sent.start, seat, mention.start, None) if seat > mention.start else None
        whole = state.last_totals.get(category)
        if named:  # "the village of Deir Maksour ... rose to 8 martyrs, the Health Directorate in
            scope = replace(scope, place=named, place_inferred=False)  # Quneitra announced"
        else:
            scope = replace(scope, place=whole.scope.place if whole else None,
                            place_inferred=whole.scope.place_inferred if whole else False)
    if role == "total" and category in TOLLS and (groups_deaths := _A_GROUP_S_DEATHS_BEFORE.search(
            text, max(sent.start, mention.start - 50), mention.start)) and (
            lexicon.entity_group(groups_deaths.group("group").lower() + "s") == "person"):
        role = "subset"  # "Cyclist deaths, at about 2,000, have barely moved": one group's share of the toll
    if role == "total" and text.endswith(("among the ", "one of the "), max(0, mention.start - 12),
                                          mention.start) and any(
            c.value == mention.value for c in (*state.previous_claims, *state.sentence_claims)):
        role = "background"  # "The driver of the lorry ... is among the nine": the nine told before
    category, role, scope = _relation_to_earlier(text, sent.start, mention, reading, category, role,
                                                 scope, lexicon, state)
    if role == "total" and category == "killed" and mention.value is not None and (
            toll := state.last_totals.get("killed")) is not None and toll.unit == "count" and (
            (toll.value or 0) > mention.value) and _DIED_OF_A_CAUSE_AFTER.match(text, mention.end):
        # "Kentucky's death toll ... rose to 11. Five people died in crashes on ice-covered roads, ... Three
        # died of hypothermia": each cause's share of the toll told before
        role = "subset"
    if role == "total" and category == "killed" and mention.value is not None and (
            toll := state.last_totals.get("killed")) is not None and toll.unit == "count" and (
            (toll.value or 0) > mention.value) and toll.document == doc.id and (
            _RECOVERED_BEFORE.search(text, max(sent.start, mention.start - 60), mention.start)) and (
            _BODIES_DURING_A_SPELL_AFTER.match(text, mention.end)):
        # "... rose to ten on Tuesday ... Rescuers recovered three bodies during the night": the night's
        # share of the toll told before, not a rival count
        role = "subset"
    if role == "subset" and state.sentence_claims and state.sentence_claims[-1].role == "background" and (
            state.sentence_claims[-1].category == category) and INCLUDING_BEFORE.search(
            text, max(sent.start, mention.start - 16), mention.start):
        role = "background"  # "... in 2027 to 58, according to the SPC, including 23 in the March outbreak"
    if category in TOLLS and text.endswith("of the ", max(0, mention.start - 7), mention.start) and (
            (reading.counted.noun or "").lower() in _PEOPLE_PRESENT) and (
            present := _A_GROUP_THEN_A_FIGURE_AFTER.match(text, mention.end, sent.end)) and not (
            m.triggers.search(text, mention.end, present.end("group"))) and _OF_THE_OPENING_BEFORE.search(
            text, max(sent.start, mention.start - 12), mention.start):
        # "of the 212 workers on the night shift, 198 left the plant ..., nine died and seven are still
        # missing": everyone, whose fates follow, no count of one of them
        category, role = "other", "total"
    if category == "injured" and " treated " in text[sent.start:sent.end] and (
            _AT_THE_TIME_OPENING.match(text, sent.start)):
        # "At the time of the fire, 214 patients were being treated in the hospital": its inpatients
        category = "other"
    if category != "other" and "accounted" in text[mention.end:mention.end + 80] and (
            ALL_ACCOUNTED_FOR_AFTER.match(text, mention.end)):
        category = "other"  # "All 14 residents ... have been accounted for: seven died and seven survived"
    if (category == "other" and role == "subset" and reading.trigger is None and not state.sentence_claims
            and state.previous_claims and reading.counted.group in (None, "person")
            and _OF_THEM_ONLY.match(text, mention.end)):
        whole = state.previous_claims[-1]  # "... 27 people. Eleven of them were children, ..."
        if whole.category in TOLLS and whole.role == "total":
            category = whole.category
            if scope.place is None or scope.place_inferred:
                scope = replace(scope, place=whole.scope.place, place_inferred=whole.scope.place_inferred)
    if (category in TOLLS and state.sentence_claims and _OF_THEM_ONLY.match(text, mention.end)
            and (whole := state.sentence_claims[-1]).category == "other" and whole.entity
            and lexicon.entity_group(whole.entity) == "animal"):
        category = "other"  # "1,130 livestock perished, 1,310 of them sheep and goats": the livestock's
    if (scope.place is None and category in _LAUNCHED_OF and not state.sentence_claims
            and state.previous_claims and not text[sent.start:mention.start].strip(" \t\n\"\u201c")):
        launched = state.previous_claims[-1]  # "... tracked 17 objects entering Polish airspace. Four were
        if (launched.category in _LAUNCH_CATEGORIES and launched.scope.place is not None  # shot down"
                and reading.counted.noun in (None, launched.entity)):
            scope = replace(scope, place=launched.scope.place, place_inferred=launched.scope.place_inferred)
    if role == "total" and category in TOLLS and _ONE_OF_SEVERAL_BLASTS_OPENING.match(text, sent.start):
        role = "subset"  # "The second bomb ... went off as a civil defence team arrived, killing one rescuer"
    if role == "total" and category in TOLLS and state.sentence_claims and _opens_with_a_group(
            text, state.clauses.opening_end, state.sentence_claims[0], mention):
        role = "subset"  # "Of the 64 persons admitted, 38 were discharged, seven have died"
    if (role == "total" and category == "killed" and reading.counted.noun is None
            and not state.sentence_claims and state.previous_claims
            and (state.previous_claims[-1].entity or "").lower() in _PATIENTS
            and state.previous_claims[-1].sentence == sentence - 1
            and not text[sent.start:mention.start].strip(" \t\"\u201c")):
        role = "subset"  # '"We received nine patients from Beledweyne. Two died overnight": two of the nine'
    if role == "total" and category in TOLLS and state.sentence_claims and _IN_A_PLACE_AFTER.match(
            text, mention.end) and _inside_a_dash_aside_after_its_whole(text, sent.start, mention, category,
                                                                        state.sentence_claims):
        role = "subset"  # "Six of them are still in hospital - four in Lozova central district hospital"
    if (role == "total" and (mention.start < state.clauses.opening_end
                             or text[sent.start:mention.start].strip(" \t\n\"\u201c") == "The"
                             or text.endswith(" said the ", max(sent.start, mention.start - 10),
                                              mention.start))
            and state.seen.get((category, mention.value)) in ("increment", "background")):
        # "Three more people died ... Of the three deaths,"; "... recovered two more bodies. The two
        # bodies were found about 200 metres downhill"; "Two more victims ... have died ... The governor
        # said the two, a woman and a teenage girl, died overnight": those named again
        role = state.seen[(category, mention.value)]
    elif (role == "subset" and mention.start < state.clauses.opening_end
          and state.seen.get((category, mention.value)) == "total"):
        role = "total"  # "The toll stands at 84. Of the 84 bodies, 47 ...": the whole named again
    if (reading.counted.noun is None and text.endswith(" the ", max(0, mention.start - 5), mention.start)
            and not text.endswith("of the ", max(0, mention.start - 7), mention.start)
            and _A_PARTICIPLE_AFTER.match(text, mention.end) and (told_before := next((
                c for c in (*reversed(state.sentence_claims), *reversed(state.previous_claims))
                if c.value == mention.value and c.unit == "count"), None))):
        # "Four more bodies were pulled from the mud. ... the four recovered this afternoon had been on the
        # list of the missing": the four told before, named again, not a count of the missing
        category, role = told_before.category, "background"
    if role == "total" and _restated_earlier(text, state.clauses.opening_end, mention):
        role = "background"  # "Of the 4 people reported missing on 12/02, 2 were found dead"
    restated = _OF_THE_NUMBER.match(text, sent.start)
    if restated:  # "Of the 47, 38 had gunshot wounds": 47 is the toll named before, 38 a part of it
        earlier = state.totals.get(float(restated.group("n").replace(",", "")))
        if restated.start("n") == mention.start:
            category = earlier or category
        elif earlier in TOLLS and role == "total" and reading.counted.group in (None, "person"):
            role = "subset"
    if role == "total" and category == "missiles_intercepted" and (
            " of the " in text[mention.end:mention.end + 8]) and _OF_THE_KIND_OF_MISSILES_AFTER.match(
                text, mention.end):
        role = "subset"  # "Only 11 of the ballistic missiles were intercepted": some of all missiles downed
    if role == "total" and category in TOLLS and "after" in text[max(sent.start, mention.start - 100):
                                                                 mention.start] and (
            more := _N_MORE_THAN_REPORTED_AFTER_BEFORE.search(text, max(sent.start, mention.start - 160),
                                                               mention.start)) and (
            (float(more.group("n")) if more.group("n").isdigit() else parse_number_word(more.group("n")))
            == mention.value):
        # "Sixteen people were injured, two more than reported on Friday evening, after two people who had
        # been at the scene sought medical help": the two are the addition
        role = "increment"
    if role == "total" and category in TOLLS and " of " in text[mention.end:mention.end + 4] and (
            _OF_ITS_NATIONALS_AFTER.match(text, mention.end)):
        role = "subset"  # "flown home the bodies of 11 of its citizens": a country's own among the harmed
    if text.endswith(("all ", "All "), max(0, mention.start - 4), mention.start) and (
            _A_BARE_FIGURE_S_VERB_AFTER.match(text, mention.end)) and (
            named_claim := next((c for c in reversed([*state.previous_claims, *state.sentence_claims])
                           if c.value == mention.value and c.entity), None)) is not None and (
            (group := lexicon.entity_group(named_claim.entity.lower()))  # type: ignore[union-attr]
            is not None and group != "person") and (
            (counts := lexicon.category(category)) is not None and group not in counts.counts):
        # "We struck six warehouses ... all six were destroyed": the six warehouses named again, which the
        # category of "destroyed" drones does not count (but "launched 28 drones. All 28 were intercepted")
        category, role = named_claim.category, ("subset" if named_claim.category != "other" else role)
    if role == "total" and category == "killed" and (reading.counted.noun or "").lower() in _PATIENTS and (
            state.last_totals or not _HAVE_DIED_AT_A_HOSPITAL_AFTER.match(text, reading.counted.end)):
        # "One patient died at around 2 am", a doctor says: a death among the injured; but "Twenty-one
        # patients have died at the ... Hospital over the past 72 hours", before any other figure: the toll
        role = "subset"
    if (role == "total" and category == "killed" and " also " in text[left:right]
            and _ALSO_RECOVERED.search(text, left, right)
            # not "also found the bodies of two missing passengers, taking the death toll to 16": the toll
            and not BRINGING.search(text, max(sent.start, mention.start - 140), mention.start)):
        role = "increment"  # "38 killed ... The bodies of 23 people were also recovered": besides the toll
    if role == "total" and category == "killed" and _ONE_CAUSE.search(text, left, right):
        role = "background"
    if role == "total" and "twice" in text[end:end + 50] and _COUNTED_TWICE_AFTER.match(text, end):
        role = "background"  # "Two people had been counted twice": the correction, not a count
    if role == "total" and "(+" in text[end:end + 50] and _RUNNING_TOTAL_AFTER.match(text, end):
        role = "background"  # "67,391 operational-tactical UAVs (+176)": a war's running total
    if (role == "total" and category == "injured" and reading.trigger
            and (_SEVERELY_BEFORE.search(text, max(sent.start, reading.trigger[0] - 14), reading.trigger[0])
                 or text[reading.trigger[0]:reading.trigger[1]].split()[0].lower() in _SEVERITY_WORDS)):
        role = "subset"  # "Eight critically injured persons were referred to ...", "18 were seriously hurt"
    discharged = (reading.trigger is not None
                  and text[reading.trigger[0]:reading.trigger[1]].lower() in _DISCHARGED) or (
        "discharged" in text[end:sent.end] and _WERE_DISCHARGED_AFTER.match(text, end, sent.end) is not None)
    if (role == "total" and category == "injured" and reading.trigger and (discharged or (
            any(seen == "injured" for seen, _ in state.seen) and _CARE_WORDS.fullmatch(text, *reading.trigger)
            and text[reading.trigger[1]:mention.start].strip() == ":"))):
        # a factbox's "Injured: 41" then "Discharged: 29", "Hospitalised: 12"; "58 people were
        # treated for injuries. By Monday 41 had been discharged": some of the injured
        role = "subset"
    if role == "total" and category in TOLLS and " also " in text[sent.start:mention.start] and (
            category in state.totals.values()) and _ALSO_HARMED_BEFORE.search(
                text, sent.start, mention.start):
        role = "increment"  # "An Army jawan was also killed and three were injured": besides the civilians
    if (role == "total" and category == "injured" and (reading.counted.noun or "").lower() == "others"
            and any(_SHOT_AFTER.match(text, c.end) for c in state.previous_claims)):
        role = "increment"  # "21 people were shot, five of them fatally. Nine others were hurt": besides
    if role == "total" and text[max(sent.start, mention.start - 4):mention.start] == "The " and any(
            c.value == mention.value and c.category == category and c.role == "subset"
            for c in state.previous_claims):
        role = "subset"  # "... six by gunfire and two while running. The two hurt while fleeing": those two
    if role == "total" and text[max(sent.start, mention.start - 4):mention.start].lower() == "all " \
            and getattr(_told_just_before(state, mention, category), "role", None) == "increment":
        role = "increment"  # "pulled eight more bodies ... and recovered all eight bodies": the eight again
    if role in ("total", "subset") and who and (
            "previous" in who or "earlier" in who or "initial" in who) and _AN_EARLIER_REPORT.search(who):
        role = "background"  # "wounded 26 across the region, according to the governor's previous report"
    if role == "total" and reading.counted.noun is None and state.sentence_claims and " to the " in text[
            max(sent.start, mention.start - 24):mention.start] and _ADDING_TO_THE_BEFORE.search(
                text, max(sent.start, mention.start - 24), mention.start):
        # "Navy divers recovered 23 bodies on Sunday, adding to the 18 pulled from the water overnight":
        # 18 more of the same, the divers' and the fishermen's parts of one toll
        earlier_claim = state.sentence_claims[-1]
        if earlier_claim.category in TOLLS and earlier_claim.unit == "count":
            category, role = earlier_claim.category, "subset"
    if (role == "total" and (reading.counted.noun or "").lower() == "others" and any(
            c.role == "subset" and c.category == category for c in state.sentence_claims)):
        role = "subset"  # "Nine died on the spot, while two others succumbed in hospital": both parts
    if (role == "total" and category == "injured" and (
            " also " in text[left:mention.start] or _IN_ADDITION_OPENING.match(text, sent.start)
            # "They include ...; 97 with light injuries; and 35 people treated for acute anxiety"
            or any(c.role == "subset" and c.category == "injured" for c in state.sentence_claims))
            and _ANXIETY_AFTER.match(text, reading.end)):
        # "MDA teams also treated 14 people suffering from acute anxiety", "In addition, MDA teams
        # treated 21 people suffering from acute anxiety": besides the hurt
        role = "subset"
    if (role == "total" and category == "injured" and reading.trigger
            and text[reading.trigger[0]:reading.trigger[1]].lower() in ("injuries", "injury", "wounds")
            and _KIND_OF_INJURY.search(text, max(sent.start, reading.trigger[0] - 12), reading.trigger[0])
            and not _WHOLE_BEFORE.search(text, max(sent.start, mention.start - 12), mention.start)):
        role = "subset"  # "Most were treated for smoke inhalation; 3 had burn injuries": one kind of them
    if role == "total" and category in TOLLS and _IN_PLACE_ITSELF.match(text, sent.start):
        role = "subset"  # "In Kherson itself, one person was killed": a part of the region's toll
    if role == "total" and category in TOLLS and (
            (_OTHER_AFTER.match(text, mention.end) and category in state.totals.values())
            or ("deadl" in text[sent.start:mention.start] and _DEADLIEST_CAUSE_BEFORE.search(
                text, max(sent.start, mention.start - 60), mention.start))):
        role = "subset"  # "the 11 other deaths"; "Landslides have been the deadliest, killing 72"
    if role == "total" and category in _LAUNCH_CATEGORIES and _AT_A_SHIP_AFTER.match(text, end):
        role = "subset"  # "Separately, 2 UAVs targeted M/V Orla Bay": those aimed at one ship
    if role == "total" and category in _LAUNCH_CATEGORIES and "remaining" in text[
            max(sent.start, mention.start - 16):reading.end] and _THE_REMAINING_ONES.search(
                text, max(sent.start, mention.start - 16), reading.end):
        role = "subset"  # "Of the three remaining UAVs, two were defeated ...": those not shot down
    if role == "total" and category in _LAUNCH_CATEGORIES and _OF_THE_THINGS_AFTER.match(text, mention.end):
        role = "subset"  # "About 190 of the drones were Shahed-type": some of those launched
    if role == "total" and category in _GENERIC_LAUNCHED and _AMONG_THE_WEAPONS.match(text, sent.start):
        role = "subset"  # "Among the missiles were ... two Kh-59 guided missiles": a kind of them
    if role == "subset" and reading.unit == "percent":
        role = "total"  # "Of the total, 5,402 people, or 56 percent": the share, not a part
    if category == "injured" and "for" in text[end:end + 40] and _TREATED_FOR_ILLNESS.match(text, end):
        category = "other"  # "clinics have treated more than 3,500 people for malaria, diarrhoea and ..."
    if category == "killed" and _estimates_excess_deaths(text, mention, end):
        category = "other"  # an estimate of excess mortality is not a toll
    if category != "other" and mention.unit is None and mention.value is not None and 0 < mention.value < 1:
        category = "other"  # "roughly two-thirds of the total": a share, not a count
    if category != "other" and "rate" in text[max(0, mention.start - 12):mention.start] and (
            _RATE_OF_BEFORE.search(text, max(0, mention.start - 12), mention.start)):
        category = "other"  # "a rate of 26.1" (per 100,000): a rate, not a count
    if role == "total" and " among " in text[mention.end:mention.end + 50] and _AMONG_A_FIGURE_AFTER.match(
            text, mention.end):
        role = "subset"  # "All seven had been among the 18 people listed as missing": some of the 18
    if role == "subset" and category == "other" and reading.counted.group == "person" and (
            listing := _THE_DEAD_ARE_OPENING.match(text, sent.start)) and mention.start >= listing.end() and (
            not _LIST_STOPS.search(text, listing.end(), mention.start)):
        category = "killed"  # "The dead now comprise 16 civilians and 3 members of the security forces"
    elif role == "subset" and category == "other" and reading.counted.group == "person" and (
            " that the " in text[sent.start:mention.start]) and (
            listed := _TOLD_THAT_THE_VICTIMS_WERE.search(text, sent.start, mention.start)) and (
            not _LIST_STOPS.search(text, listed.end(), mention.start)):
        # "Bandits abducted 62 residents ... Mr Kuta told Premium Times that the victims were 38
        # women, 17 children and 9 men": the people of the toll told before
        harmed = [c for c in state.last_totals.values() if c.category in _PEOPLE_HARMED]
        category = "killed" if listed.group("who") != "victims" or not harmed else max(
            harmed, key=lambda c: c.start).category
    restated_as = _restated(text, sent.start, mentions, counted_all, i, state)
    if restated_as is not None:  # "It said 12 of the 17 had gunshot wounds": 17 of the dead named before
        restated_claim, restated_part = restated_as
        # the 17 named again is an earlier figure, not one more figure beside it
        category, role = restated_claim.category, "subset" if restated_part else "background"
        if scope.place is None or scope.place_inferred:
            scope = replace(scope, place=restated_claim.scope.place,
                            place_inferred=restated_claim.scope.place_inferred)
    if role == "total" and category in ("killed", "injured") and (
            (_may_name_attackers(text, left, right) and _WITH_ATTACKER.search(text, left, right))
            or (" includes " in text[end:end + 40] and _THAT_INCLUDES_THE_ATTACKER_AFTER.match(text, end))):
        role = "with_attacker"  # "four people deceased, and that includes the shooter"
    elif role in ("subset", "total") and category in ("killed", "injured") and (
            _INCLUDING_THE_ATTACKER_OPENING.match(text, sent.start, mention.start)):
        role = "with_attacker"  # "Including the perpetrator, five persons died at the scene"
    elif role == "subset" and category in ("killed", "injured") and (
            _COUNTING_THE_ATTACKERS_AFTER.match(text, end) or (
                _COUNTING_BEFORE.search(text, max(sent.start, mention.start - 24), mention.start)
                and _ATTACKER_NOUNS.match(text, end))):
        # "— seven dead in all, counting the two gunmen": neither the seven nor the two are the
        # victims' parts
        role = "with_attacker"
    if role == "total" and category == "killed" and (at_the_site := _DIED_AT_THE_SITE_AFTER.match(
            text, reading.counted.end)) and _AND_N_IN_HOSPITAL.search(text, at_the_site.end(), sent.end):
        role = "subset"  # "Eight people died at the site ..., and three in hospital": where eight died
    if role == "total" and "each" in text[max(sent.start, mention.start - 40):mention.start] and (
            _EACH_RECORDED_BEFORE.search(text, max(sent.start, mention.start - 40), mention.start)):
        role = "subset"  # "Ukraine, Myanmar and Haiti each recorded fewer than 10 deaths": per place, no toll
    if role in ("total", "background") and text.endswith("including the ", max(0, mention.start - 14),
                                                         mention.start) and (
            told_before := next((c for c in reversed(state.previous_claims)
                                 if c.value == mention.value and c.category in TOLLS), None)) is not None:
        # "19 killed ..., including the four in Kyiv": the four told before
        category, role = told_before.category, "subset"
    return Claim(
        id=f"{doc.id}.c{number}",
        document=doc.id,
        sentence=sentence,
        start=mention.start,
        end=end,
        text=text[mention.start:end],
        value=mention.value,
        low=mention.low,
        high=mention.high,
        qualifier=mention.qualifier,
        unit=reading.unit,
        entity=_others_of(reading.counted.noun, state.sentence_claims, lexicon),
        category=category,
        attribution=who,
        scope=scope,
        negated=_negated(text, left, reading.trigger, mention.start) or bool(
            _EXPECTED_AFTER.match(text, end)) or _judged_false(text, sent.start, mention.start, end),
        role=role,
    )
