"""Word lists the scrubber and the profile vocabulary use.

- `PARTICLES`: name particles (tussenvoegsels) and the like. They are part of many names but say
  nothing about who someone is, so they are left out of the profile vocabulary (otherwise every
  "de" and "van" in a reflection would be removed).
- `GENERIC_NAME_WORDS`: words that appear in family or organisation names without identifying
  anyone ("Gezin De Vries", "Sociaal Team Harderwijk"); also left out of the vocabulary.
- `COMMON_WORDS`: ordinary Dutch and English words that may start a sentence. A capitalised word
  at the start of a sentence is kept only when it is one of these (or a word of a code label);
  anywhere else a capitalised word is treated as a name.
- `KEEP_CAPITALISED`: generic abbreviations of kinds of help that are not organisation names.
"""

from __future__ import annotations

import re

from veldwerk.domain import codes


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


PARTICLES: frozenset[str] = frozenset(
    _words("""
    de den der des het t van von vd vander ter ten te la le les el al da di du dos das del della
    op in aan bij uit en s ben bin ibn abu ait ou y e a o
    """)
)

GENERIC_NAME_WORDS: frozenset[str] = frozenset(
    _words("""
    gezin familie fam huishouden team sociaal sociale wijkteam buurtteam stichting praktijk
    zorg hulp centrum afdeling locatie regio vereniging groep bv nv vof
    """)
)

_COMMON = """
de het een en of maar want dus toen als wanneer omdat doordat terwijl nadat voordat sinds tot
totdat zodat hoewel ook nog al wel niet geen nooit altijd vaak soms meestal eerst daarna later
dan nu toch zelfs alleen samen bijna echt heel erg zeer veel weinig meer minder meest minst
ik jij je u hij zij ze wij we jullie zij mij me mijn mijn jouw uw zijn haar ons onze hun hen
men iemand niemand iedereen alles niets iets dit dat deze die daar hier waar wat wie welke
waarom hoe hoeveel er in op aan bij met voor na naar van uit door over onder tussen zonder
tegen rond langs volgens tijdens binnen buiten boven achter naast vanaf vanuit per
is was waren zijn ben bent heeft hebben had hadden wordt worden werd werden kan kon kunnen
konden moet moest moeten moesten wil wilde willen zal zou zullen zouden mag mocht mogen
gaat ging gaan kwam komt komen bleek blijkt bleef blijft liep loopt lukte lukt helpt hielp
waren geweest gedaan gemaakt gezien gehad
ja nee oké ok goed slecht fijn lastig moeilijk makkelijk belangrijk duidelijk onduidelijk
jammer gelukkig helaas eigenlijk misschien zeker natuurlijk vooral daardoor daarom bovendien
verder tenslotte uiteindelijk opnieuw weer steeds snel langzaam vroeg laat eerder
elke ieder iedere alle beide veel sommige andere ander eerste tweede derde laatste volgende
vorige nieuwe nieuw oude oud jonge jong kleine klein grote groot lange lang korte kort
moeder vader ouder ouders moeders vaders gezin gezinnen kind kinderen baby babys zoon dochter
broer zus oma opa tante oom buurman buurvrouw buren vriend vriendin vrienden partner
zwangerschap zwanger geboorte bevalling kraamtijd kraamweek
hulp hulpverlening hulpverlener hulpverleners zorg zorgverlener zorgverleners professional
professionals netwerk contact contacten afspraak afspraken gesprek gesprekken huisbezoek
huisbezoeken overleg casusoverleg plan plannen doel doelen actie acties aanpak regie
wachtlijst wachtlijsten wachttijd samenwerking verwijzing aanmelding intake overdracht
afsluiting evaluatie crisis signaal signalen zorgen vertrouwen angst wantrouwen steun
begeleiding ondersteuning schulden schuld inkomen huur huurachterstand woning wonen
huisvesting uitzetting geld school opvang kinderopvang werk
verloskundige verloskundigen kraamzorg huisarts huisartsen gemeente consultatiebureau
jeugdverpleegkundige jeugdarts mentor
les lessen leerpunt leerpunten tip tips conclusie
the a an and or but so because when while after before since until although also still
even only just very much many more most less least not no never always often sometimes
usually first then later now yet already again together
i you he she it we they me him her us them my your his its our their this that these those
there here where what who which why how
is was were are be been being has have had do does did can could will would shall should
may might must
yes ok good bad hard easy important clear unclear unfortunately luckily perhaps maybe
each every all both some other another next last new old young small big long short
mother father parent parents mothers fathers family families child children baby babies
son daughter brother sister grandmother grandfather aunt uncle neighbour neighbours friend
friends pregnancy pregnant birth help care support network appointment appointments visit
meeting plan goal goals action actions waiting list cooperation collaboration referral
intake handover closure evaluation crisis signal trust fear debts debt income rent housing
money school childcare work midwife doctor municipality lesson lessons
mail mailen mailde gemaild bel bellen belde gebeld woont woonde geboren zei zegt zeggen
vertelde vertelt vertellen vroeg vraagt vragen wist weet weten denk denkt dacht vond vindt
voelde voelt zag ziet keek kijkt hoorde hoort sprak spreekt gesproken maakte maakt nam neemt
gaf geeft kreeg krijgt hield houdt stond staat zat zit lag ligt werkte werkt probeerde probeert
leerde leert geleerd wachten wachtte duurde duurt begon begint stopte stopt kwamen gingen
hielp helpen bleven werd door daarbij daarna daarvoor hierdoor hierbij achteraf vandaag
gisteren morgen week weken maand maanden jaar jaren dag dagen ochtend middag avond
mevrouw meneer heer juf meester
call called calls lives lived born said says told tells asked asks knew know think thought
felt feels saw sees looked heard spoke made makes took takes gave gives got gets kept worked
works learned learnt waited started stopped came went helped stayed became today yesterday
tomorrow week weeks month months year years day days morning afternoon evening
"""


def _label_words() -> frozenset[str]:
    words: set[str] = set()
    for labels in codes.CODE_LISTS.values():
        for nl, en in labels.values():
            words.update(w.lower() for w in re.findall(r"[^\W\d_]+", f"{nl} {en}"))
    return frozenset(words)


LABEL_WORDS: frozenset[str] = _label_words()

COMMON_WORDS: frozenset[str] = frozenset(_words(_COMMON)) | LABEL_WORDS

KEEP_CAPITALISED: frozenset[str] = frozenset(
    _words("""
    I JIM LVB JGZ GGZ CJG WMO Wmo AVG OK Ok BSN IBAN
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    """)
)

MONTHS: tuple[str, ...] = tuple(
    _words("""
    januari februari maart april mei juni juli augustus september oktober november december
    january february march may june july august october
    jan feb febr mrt mar apr jun jul aug sep sept okt oct nov dec
    """)
)

TITLES: tuple[str, ...] = tuple(
    _words("""
    mevrouw mevr mw meneer mnr dhr heer mr mrs ms miss dr drs ir juf meester
    """)
)
