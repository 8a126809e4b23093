"""Every word list of the extractor: reporting cues, speaker nouns, titles, pronouns and names."""

from __future__ import annotations

import functools
import re
import unicodedata


def _words(text: str) -> list[str]:
    """Whitespace-separated words of a lexicon string."""
    return text.split()


# Verbs of saying and writing: reliable cues for quotes in marks and for "X said (that) ...".
SPEECH_VERBS = frozenset(
    _words(
        """
        say tell add claim insist argue note write tweet warn stress state announce report
        explain suggest acknowledge admit deny assert declare maintain contend emphasize
        emphasise reveal confirm recall complain ask urge vow promise pledge testify concede
        allege charge counter respond reply answer predict speculate conclude observe remark
        comment mention lament boast brag joke quip propose recommend demand assure inform
        remind caution reiterate repeat retort shout scream yell whisper murmur proclaim affirm
        swear guarantee post blog continue agree disagree point describe call accuse blame
        criticize criticise praise dismiss question underline underscore highlight tout hint
        imply signal threaten advise admonish concur acknowledge estimate insinuate stipulate
        sigh mutter muse wonder opine posit theorize theorise protest object plead announce cite
        quote chant sing read clarify specify elaborate recount bellow holler bark growl snap
        hiss grumble roar disclose
        """
    )
)

# Verbs of belief, knowledge and evidence: cues for indirect attributions with a that-clause.
COGNITION_VERBS = frozenset(
    _words(
        """
        believe think know hope fear worry feel expect show find indicate suggest argue estimate
        say understand recognize recognise realize realise assume doubt suspect imagine conclude
        decide determine learn discover prove demonstrate seem reckon figure
        """
    )
)


# Verbs that say something with "back" ("shot back that …", "hit back").
RETORT_VERBS = frozenset({"shoot", "hit", "fire", "strike"})

# Cues whose complement is a reported clause; the union used by the indirect-quote rules.
CLAUSE_CUES = SPEECH_VERBS | COGNITION_VERBS

# Verbs that are cues only for a quote in marks next to them (never for a bare complement).
MARKED_ONLY = frozenset({"continue", "call", "describe", "cite", "quote", "question", "dismiss"})

# Nouns that introduce a reported clause ("X's claim that ...").
CUE_NOUNS = frozenset(
    _words(
        """
        claim statement assertion allegation argument suggestion warning promise insistence
        comment remark view belief contention accusation charge announcement prediction
        admission
        """
    )
)

# Nouns the writer sums up reported words with after a comma ("…, a claim the industry has
# struggled to back up", "…, a message that was liked two million times").
SUMMARY_NOUNS = CUE_NOUNS | frozenset(_words("message sentiment refrain point position"))

# Nouns whose clause says what they hold ("the fact that …", "a report that …").
PROPOSITION_NOUNS = CUE_NOUNS | frozenset(
    _words("fact idea report notion news word theory possibility hope fear concern rumor rumour")
)

# What a source speaks in ("said in a statement posted online that …").
MEDIUM_NOUNS = frozenset(
    _words(
        """
        statement letter interview email e-mail post tweet video message speech filing document
        release memo note op-ed column essay podcast broadcast call briefing webinar report
        newsletter affidavit response notice complaint lawsuit suit petition submission
        testimony order ruling judgment judgement directive circular advisory bulletin
        """
    )
)

# How a speaker is described before a colon and a quotation ("Raisani was blunt: “…”").
MANNERS_OF_SPEAKING = frozenset(
    _words(
        """
        blunt clear emphatic candid frank direct succinct unequivocal adamant defiant brief
        forthright scathing plain categorical firm explicit curt terse
        """
    )
)

#: Offices, beside the nouns for people, written with capitals before "of" or "for" that the
#: NER reads as names ("The Moderator of the Volta Evangelical Church", "Dean of the college").
TITLED_OFFICES = frozenset(
    {"member", "moderator", "bishop", "archbishop", "dean", "mla", "provost", "rector", "chair"}
)

# Verbs that take an addressee as object before the reported content ("told reporters that").
ADDRESSEE_VERBS = frozenset(
    {"tell", "inform", "assure", "remind", "warn", "advise", "urge", "ask", "caution"}
)
# Verbs of saying whose active form always names its hearer: with none, their subject is the
# one spoken to ("has been jailed for life and told he will serve 28 years").
HEARER_VERBS = frozenset({"tell", "inform", "assure", "remind", "notify"})
# Nouns for those a speaker addresses, which take no relative clause without "that" ("told a
# news conference the province had asked for help").
AUDIENCE_NOUNS = frozenset(
    _words(
        """
        conference reporter journalist crowd audience rally briefing supporter committee
        lawmaker hearing meeting gathering parliament legislature assembly inquest inquiry
        court jury tribunal panel paper newspaper magazine broadcaster station outlet
        """
    )
)

# Adverbs that may come right before a cue inside a sentence, capitalised ("Also said …").
CUE_ADVERBS = frozenset({"rather", "also", "then", "later", "earlier", "instead"})

# Verbs that report another's words through "as saying" ("TASS cited him as saying").
CITING_VERBS = frozenset({"cite", "quote", "describe", "portray"})

# Bodies the press names by their leader's surname: "the Trump campaign", "the Obama
# administration" (another body a person owns keeps the owner's name: "Mark Holland's office").
LEADER_NAMED_BODIES = frozenset({"campaign", "administration", "government"})

# Common nouns naming a person by role; "the president", "the Syrian leader".
PERSON_NOUNS = frozenset(
    _words(
        """
        president leader minister premier chancellor king queen prince spokesman spokeswoman
        undersecretary deputy akim hokim ruler emir chairperson counsel taoiseach tánaiste
        superintendent marshal
        spokesperson nominee candidate senator governor secretary chairman chairwoman chair
        director chief head official ambassador envoy general commander mayor congressman
        congresswoman representative lawmaker founder ceo executive businessman businesswoman
        billionaire lawyer attorney judge justice host anchor author writer economist analyst
        expert adviser advisor strategist manager aide diplomat premier pope cleric commissioner
        sheriff officer prosecutor speaker politician activist actor actress singer star
        presenter reporter journalist editor man woman mogul tycoon incumbent frontrunner
        challenger rival opponent democrat republican resident witness neighbour neighbor
        reader teammate counterpart
        passenger victim survivor worker employee teacher nurse student patient driver
        customer shopper voter fan supporter owner farmer protester parent source professor
        scientist researcher engineer pilot soldier officer firefighter paramedic striker
        lineman reeve
        winger midfielder defender goalkeeper captain coach player boss mp mep msp ms mla mna mpp mk
        boy girl teenager defendant suspect pensioner motorist cyclist pedestrian councillor
        councilor
        councilman councilwoman councilmember assemblyman assemblywoman assemblymember
        alderman trustee treasurer principal filmmaker rabbi imam
        pastor priest chef comedian musician artist photographer historian inmate prisoner
        detainee
        surgeon columnist commentator pollster agent publicist assistant bodyguard biographer
        barrister solicitor doctor physician inspector detective constable sergeant lecturer
        academic campaigner coroner magistrate pharmacist psychologist psychiatrist headteacher
        headmaster headmistress landlord tenant homeowner entrepreneur investor trader banker
        accountant consultant organiser organizer volunteer athlete swimmer boxer golfer
        cricketer footballer ombudsman ombudsperson auditor registrar grower shopkeeper
        fisherman fisherwoman rescuer commuter vendor bystander parishioner worshipper
        demonstrator refugee migrant villager householder retiree pupil juror baker
        butcher labourer laborer miner welder plumber electrician mechanic novelist poet referee
        climber hiker tourist visitor traveller traveler sailor waiter waitress bartender
        landlady renter lodger mourner goaltender goalie netminder rapper songwriter drummer
        guitarist bassist pianist composer conductor dancer influencer critic
        designer film-maker co-star midwife sprinter pundit jockey curator whip
        epidemiologist gp virologist meteorologist climatologist forecaster hydrologist
        seismologist volcanologist geologist statistician demographer oceanographer ecologist
        biologist chemist physicist astronomer surveyor investigator examiner assessor
        adjudicator liquidator actuary notary librarian archivist lifeguard ranger warden
        janitor caretaker technician pathologist dentist veterinarian carer caregiver therapist
        counsellor counselor vicar monk nun
        skipper keeper wicketkeeper bowler batsman batter all-rounder spinner flanker fly-half
        scrum-half lock forward full-back prelate cop mufti champion rookie veteran runner-up
        debutant newcomer selector umpire caddie wildcard seamer paceman hooker prop fullback
        quarterback linebacker pitcher shortstop outfielder trainer rider prefect sub-prefect préfet
        préfète sous-préfet smallholder farmworker
        headman chieftain colonel lieutenant consul architect planner urbanist mountaineer
        alpinist podcaster streamer blogger youtuber vlogger donor philanthropist benefactor
        restaurateur sommelier hotelier publican innkeeper plaintiff claimant litigant appellant
        complainant whistleblower grandmaster arbiter prodigy clerk breeder defenceman defenseman
        centreman
        handicapper choreographer playwright dramatist botanist horticulturist gardener
        explorer glaciologist cellist violinist violist harpist flautist oboist clarinettist
        clarinetist saxophonist trumpeter trombonist organist percussionist soloist vocalist
        lyricist soprano mezzo-soprano tenor baritone ballerina understudy cartoonist
        illustrator animator satirist essayist specialist finalist medallist medalist lobbyist
        receptionist hygienist orthodontist optometrist podiatrist physiotherapist nutritionist
        dietitian anaesthetist radiologist oncologist cardiologist neurologist paediatrician
        pediatrician dermatologist sociologist anthropologist archaeologist criminologist
        zoologist ornithologist entomologist conservationist environmentalist naturalist
        florist stylist beekeeper undertaker embalmer celebrant gravedigger haulier trucker
        wrestler skier snowboarder biathlete contender instructor tutor mentor
        """
    )
)

# Roles of a harmed party whose name a report often withholds: "the victim said" is a person
# named before only when named as the victim ("The victim, Ana Ruiz,"), not the defendant.
WITHHELD_PARTIES = frozenset({"victim", "complainant"})

# Titles that stay part of a name ("Queen Elizabeth", "Pope Francis").
STYLED_ROLES = frozenset({"king", "queen", "prince", "princess", "pope"})
# Role nouns that are no part of the name after them ("Spokeswoman Jo Dunn", "Cellist Yoon-ji
# Park").
UNSTYLED_ROLES = PERSON_NOUNS - STYLED_ROLES

# Participles that open a court report's sentence before the advocate's name ("Mitigating,
# Rupert Anstey KC said", "Representing Harbourline, solicitor Marcus Lowe submitted").
COURTROOM_PARTICIPLES = frozenset(
    {"prosecuting", "defending", "mitigating", "representing", "appearing", "acting", "sentencing"}
)

# Nouns for those who speak for a person, never the person ("her management said": Veera
# Aaltonen's management).
REPRESENTING_NOUNS = frozenset({"management", "camp", "representative", "entourage"})
#: Nouns for the team or players someone leads, after that someone's name ("Unai Emery's side",
#: "Sarina Wiegman's squad"): a manager's, no club's.
LED_NOUNS = frozenset({"side", "squad", "team", "charge", "man", "player"})

# Nouns for people known through someone else, never that someone ("Scott's wife", "Johnson's
# doctor", "one GOP source").
RELATION_NOUNS = frozenset(
    _words(
        """
        wife husband mother father son daughter brother sister family relative parent child
        niece nephew cousin uncle aunt grandson granddaughter grandmother grandfather spouse
        partner friend neighbor neighbour doctor physician nurse source insider ally associate
        colleague supporter critic staffer employee client patient girlfriend boyfriend fiance
        fiancee widow widower roommate classmate teammate stepfather stepmother
        """
    )
)

# Countries' names, lower case, that the NER may take for an organisation ("Uzbekistan will
# merge its ministries …, the presidential press service said"); not those that are also
# given names or words ("Jordan", "Chad", "Georgia", "Turkey").
COUNTRIES = frozenset(
    _words(
        """
        afghanistan albania algeria angola argentina armenia australia austria azerbaijan
        bahrain bangladesh belarus belgium bhutan bolivia bosnia botswana brazil brunei bulgaria
        burundi cambodia cameroon canada chile china colombia croatia cuba cyprus czechia
        denmark djibouti ecuador egypt eritrea estonia eswatini ethiopia fiji finland france
        gabon germany ghana greece guatemala guyana haiti honduras hungary iceland india
        indonesia iran iraq ireland israel italy jamaica japan kazakhstan kenya kosovo kuwait
        kyrgyzstan laos latvia lebanon lesotho liberia libya lithuania luxembourg madagascar
        malawi malaysia maldives malta mauritania mauritius mexico moldova mongolia montenegro
        morocco mozambique myanmar namibia nepal netherlands nicaragua nigeria norway oman
        pakistan panama paraguay peru philippines poland portugal qatar romania russia rwanda
        senegal serbia singapore slovakia slovenia somalia spain sudan suriname sweden
        switzerland syria taiwan tajikistan tanzania thailand tunisia turkmenistan uganda
        ukraine uruguay uzbekistan venezuela vietnam yemen zambia zimbabwe
        """
    )
) | frozenset(
    {
        "bosnia and herzegovina",
        "burkina faso",
        "costa rica",
        "czech republic",
        "dominican republic",
        "el salvador",
        "new zealand",
        "north korea",
        "north macedonia",
        "papua new guinea",
        "saudi arabia",
        "sierra leone",
        "south africa",
        "south korea",
        "south sudan",
        "sri lanka",
        "united arab emirates",
    }
)

# Nouns for one person by nationality that the NER may take for a name ("the Frenchman told").
NATIONALITY_NOUNS = frozenset(
    _words(
        """
        frenchman frenchwoman englishman englishwoman dutchman dutchwoman irishman irishwoman
        scotsman scotswoman welshman welshwoman cornishman manxman ulsterman spaniard swede
        dane pole finn scot briton brit kiwi aussie argentine
        """
    )
)

# Words for a faith and its people, which the NER may take for a name ("the Sikh community").
FAITH_WORDS = frozenset(
    _words("sikh hindu muslim jewish buddhist jain catholic protestant sunni shia shiite")
)

# Nouns for a person or people, by role, by relation or as such ("the inmate", "people").
HUMAN_NOUNS = PERSON_NOUNS | RELATION_NOUNS | frozenset({"people", "person", "individual"})

# Roles whose first letters another role shares, which a crude stem must not join ("A White
# House official" is no "Officer Jason Van Dyke").
DISTINCT_ROLES = frozenset(_words("official officer defendant defender prince principal"))
# Kinds of business named by their trade, which stand for the company the article named ("the
# shipbuilder said" after "Halvorsen Group reported …"), as "the carmaker" does.
TRADE_NOUNS = frozenset(
    _words(
        """
        shipbuilder housebuilder homebuilder steelmaker planemaker brewer refiner telco
        """
    )
)
# Common nouns naming an organisation; "the ministry said".
ORG_NOUNS = (
    frozenset(
        _words(
            """
        ministry agency campaign company committee council department government office party
        administration commission court service army military police group organization
        organisation institute foundation bank network newspaper paper magazine station channel
        union association board bureau firm university school team website site agency embassy
        panel carmaker automaker retailer airline insurer broadcaster publisher manufacturer
        supplier lender regulator watchdog charity club conglomerate startup consultancy trust
        hospital hospice authority operator utility publication outlet force constabulary carrier
        airport college federation league coalition alliance society consortium maker drugmaker
        chipmaker label studio chain museum gallery library theatre theater orchestra festival
        distributor body palace forum fund secretariat unit band ensemble choir troupe mission
        corporation cooperative co-operative tribunal zoo aquarium sanctuary exchange guild
        inspectorate cathedral church abbey mosque temple synagogue app marketplace
        collective observatory laboratory directorate coastguard estate park detachment venture
        """
        )
    )
    | TRADE_NOUNS
)

#: Nouns that stand for an organisation only as the last word of its name ("the centre" for
#: the Joint Rescue Coordination Centre, "the command" for U.S. Africa Command; not "the center
#: of a guerrilla war").
NAME_HEAD_ORG_NOUNS = frozenset({"centre", "center", "command"})
# Nouns plural in form for one organisation ("Police said": the force the article names).
COLLECTIVE_ORG_NOUNS = frozenset({"police"})
# Nouns for a kind of organisation whose names end in another word ("the force" for
# "West Yorkshire Police").
ORG_NOUN_NAME_ENDS = {
    "force": frozenset({"police", "constabulary", "service"}),
    **dict.fromkeys(  # "the company" is "Universal Music Group", "the carmaker" "Tata Group"
        _words(
            """
            company firm conglomerate publisher broadcaster carmaker automaker retailer insurer
            lender drugmaker chipmaker manufacturer supplier
            """
        )
        + sorted(TRADE_NOUNS),
        frozenset({"group", "network"}),
    ),
    # "the charity" is the "Stroke Association"
    "charity": frozenset(
        _words("association society foundation trust fund appeal aid relief alliance action")
    ),
    # "the fund" is the "Qatar Investment Authority"
    "fund": frozenset(_words("authority investments capital trust holdings")),
}
# Kinds of organisation whose names always say the kind ("the force" is "Eastshire Police",
# never a place named in what it said).
SAID_KINDS = frozenset({"force", "constabulary"})
# Words in the name of a body that regulates ("the regulator" is the "National Highway Traffic
# Safety Administration").
_REGULATOR_NAME_WORDS = frozenset(
    _words("regulator regulatory commission authority administration agency board office")
)
# Words in an organisation's name that say what kind it is, beside the kind's own noun ("the
# union" is the "Air Line Pilots Association", "the airline" is "Air Canada").
ORG_KIND_NAME_WORDS = {
    "union": frozenset(
        _words(
            """
            union association federation workers teamsters guild brotherhood congress unifor
            collective alliance syndicate
            """
        )
    ),
    "body": frozenset(
        _words(
            "association federation council confederation chamber institute society union "
            "alliance board organisation organization forum"
        )
    ),
    "airline": frozenset(_words("airline airlines air airways")),
    "carrier": frozenset(_words("airline airlines air airways")),
    "hospital": frozenset(_words("hospital infirmary")),
    "mission": frozenset(_words("mission")),
    "bank": frozenset(_words("bank")),
    "lender": frozenset(_words("bank bancorp credit finance financial savings")),
    "police": frozenset(_words("police constabulary rcmp")),
    "force": frozenset(_words("police constabulary service")),
    "detachment": frozenset(_words("police rcmp")),  # "the detachment": Banff RCMP
    "coastguard": frozenset(_words("coastguard guard")),  # the "Hellenic Coast Guard"
    "broadcaster": frozenset(_words("broadcasting broadcast tv television radio")),
    "insurer": frozenset(_words("insurance assurance")),
    "agency": frozenset(
        _words("agency statistics bureau administration office service board commission authority")
    ),
    "regulator": frozenset(_REGULATOR_NAME_WORDS),
    "watchdog": frozenset(_REGULATOR_NAME_WORDS | {"ombudsman"}),
}

# Kinds of organisation whose names seldom say the kind ("Natural Resources Wales" is "the
# agency", "Ameriquest" "the company"; not "the union", whose name says "Workers").
UNSAID_KINDS = (
    frozenset(
        _words(
            """
        agency regulator watchdog company firm group carmaker automaker retailer maker
        drugmaker chipmaker startup conglomerate publisher manufacturer supplier lender
        operator utility outlet charity chain exchange
        """
        )
    )
    | TRADE_NOUNS
)

# Role nouns of people who speak for an organisation ("a spokesperson for Acme Airlines").
AFFILIATE_NOUNS = frozenset(
    _words(
        """
        spokesperson spokesman spokeswoman official representative officer executive employee
        aide adviser advisor lawyer attorney director chairman chairwoman chair head chief
        president minister secretary member staffer spokespeople manager analyst economist
        researcher scientist professor commissioner governor founder ceo leader campaigner
        organizer organiser coordinator engineer editor correspondent fellow
        lecturer partner counsel coach
        """
    )
)
# Role nouns of people whose words are their organisation's ("A spokesperson said").
SPOKESPEOPLE = frozenset({"spokesperson", "spokesman", "spokeswoman", "spokespeople"})
# Words an honorific puts after "His" or "Her" to stand for a ruler or a minister ("Her
# Majesty", "His Excellency").
HONOURS = frozenset({"highness", "excellency", "majesty", "eminence", "holiness"})

# What a business has and a place does not ("shares of Nvidia", "Nvidia's biggest customers").
BUSINESS_NOUNS = frozenset(
    {"share", "shares", "shareholder", "customer", "stock", "ceo", "earning", "earnings"}
)
# Roles in a business, whose holder "of" a name makes it a company ("founder of Nvidia").
BUSINESS_ROLES = frozenset({"executive", "founder", "co-founder", "cofounder", "chairman"})
# Words that join a second speaker's report to the first ("…, while the FSB warned that …").
REPORT_JOINERS = frozenset({"while", "whereas", "and", "but", "as", "though", "although"})
# Prepositions that join a role noun to the organisation it speaks for.
AFFILIATE_PREPS = frozenset({"for", "of", "at", "with", "from"})

# Nouns for groups whose named examples are organisations, never people ("terrorist
# organizations such as ...", "the rebel group X").
GROUP_NOUNS = frozenset(
    _words(
        """
        organization organisation group faction militia movement network brigade battalion
        army force party coalition alliance company firm outlet
        """
    )
)
# Prepositions that place something in a region ("fighting in Nagorno-Karabakh").
PLACE_PREPS = frozenset({"in", "into", "across", "around", "near", "inside", "throughout"})
# Prepositions that open a sentence with a place ("Outside court, the mother said"), which
# the parser may read as adjectives of the subject.
PLACE_OPENERS = frozenset({"outside", "inside", "near", "behind", "beyond"})
# Nouns that a region's name modifies ("the Karabakh region").

REGION_NOUNS = frozenset({"region", "zone", "enclave", "territory", "province", "area"})
#: Nouns for parts of a town or a country that a name before them calls out ("the Gwammaja
#: neighbourhood", "the Dala and Ungogo districts").
DISTRICT_NOUNS = REGION_NOUNS | frozenset(
    _words(
        """
        district neighbourhood neighborhood ward suburb township county parish municipality
        department prefecture governorate canton oblast
        """
    )
)
#: Words that label a headline's kind of story, not who speaks after its colon ("Q&A: Why are
#: egg prices so high?", "Analysis: …").
HEADLINE_LABELS = frozenset(
    _words(
        """
        q&a interview analysis explainer opinion editorial transcript watch live factcheck
        fact-check exclusive review obituary update updated breaking comment
        sport sports tennis golf cricket rugby football soccer basketball baseball hockey
        cycling athletics boxing motorsport weather business politics health science
        technology tech travel world markets economy entertainment culture lifestyle food
        music film books arts education environment climate energy
        """
    )
)
#: Words that label a line of a fact check ("Claim: …", "Verdict: False."), no one's name.
LINE_LABELS = HEADLINE_LABELS | frozenset(_words("claim verdict rating context conclusion"))
#: Labels that open a caption or a credit line, whose words are no one's ("Photo: Volunteers
#: sort donations …", "File photo: …", "Pictured: …").
CAPTION_LABELS = frozenset(
    _words(
        """
        photo photos photograph photographs picture pictures pictured image images caption
        credit credits video graphic illustration footage
        """
    )
)
#: Those who put questions for the press, not sources ("“Will you step down?” a reporter asked").
PRESS_NOUNS = frozenset({"reporter", "journalist", "correspondent", "interviewer"})
#: A transcript's labels for whoever asks the questions ("REPORTER: …").
QUESTIONER_LABELS = frozenset(
    {"reporter", "reporters", "interviewer", "question", "host", "moderator", "audience"}
)
#: Lower-case nouns for a kind of place a place's name may come before ("a Devon river").
LANDSCAPE_NOUNS = frozenset(
    _words("river village town coast beach valley lake moor port harbour harbor suburb estuary")
)
#: Nature's features a region's name comes before ("the Amazon rainforest", "the Congo basin").
NATURAL_FEATURES = frozenset(_words("rainforest jungle basin delta desert glacier"))
#: What a source leaves out when the writer adds that it did ("…, without giving details").
WITHHELD_NOUNS = frozenset(
    _words(
        """
        detail details evidence reason reasons explanation information specifics figure figures
        timeline timetable name names proof comment source sources
        """
    )
)
#: Verbs of telling more that a source is written not to have done ("without *elaborating*").
ELABORATING_VERBS = frozenset({"elaborate", "explain", "specify", "comment", "say", "detail"})
#: Verbs of refusing ("declined to comment", "who declined to be identified").
REFUSING_VERBS = frozenset({"decline", "refuse"})
#: Verbs of handing over what a source withholds ("without *giving* details").
GIVING_VERBS = frozenset({"give", "provide", "offer", "present", "share", "cite", "disclose"})
#: Words of a clause that keeps its source unnamed ("who asked not to be *named*", "who were
#: not *authorised* to speak", "on condition of *anonymity*").
ANONYMITY_WORDS = frozenset(
    {"name", "identify", "anonymity", "anonymously", "authorize", "authorise"}
)
#: What a staff credit says its writers contributed to ("contributed to this report").
CREDITED_WRITINGS = frozenset({"report", "story", "article"})
#: Those who hold a seat for a place ("the MP for Stroud": Stroud is the place).
SEAT_HOLDERS = frozenset(
    _words(
        """
        mp msp mla mna mha mlc mpp mep td mk senator congressman congresswoman representative
        councillor councilor alderman assemblyman assemblywoman
        """
    )
)

DOCUMENT_NOUNS = frozenset(
    _words(
        """
        poll survey study report analysis ad advertisement commercial spot video clip article
        story piece editorial column statement release memo letter document transcript book
        data research review audit investigation tweet post broadcast slide presentation
        memoir feature ruling datum summary tally comparison ranking submission note
        """
    )
)
# The means by which one is told something ("told by phone that …"), never who told it.
MEANS_OF_TELLING = frozenset(
    _words("phone telephone email e-mail text letter mail post fax radio video videolink")
)
# Those through whom one speaks ("said through an interpreter that …").
GO_BETWEENS = frozenset({"interpreter", "translator"})
# Documents that a court or an authority issues, whose words are also words for other things
# ("the order said", not "the order of events" or "in order to").
ISSUED_DOCUMENT_NOUNS = frozenset({"order", "indictment", "motion", "petition"})
# Documents only one at a time: "the email said", but "the WikiLeaks emails" are what leaked.
MESSAGE_NOUNS = frozenset({"email", "e-mail"})
# Nouns for those who can say something: people, organisations and their groups, documents.
SPEAKING_NOUNS = (
    PERSON_NOUNS
    | RELATION_NOUNS
    | ORG_NOUNS
    | AFFILIATE_NOUNS
    | GROUP_NOUNS
    | DOCUMENT_NOUNS
    | frozenset(
        _words(
            """
            people member operative campaigner investor citizen user rebel observer
            commentator pundit crowd
            """
        )
    )
)

TITLES = frozenset(
    _words(
        """
        mr mr. mrs mrs. ms ms. miss mdm mdm. mme mme. dr dr. prof prof. sen sen. rep rep.
        gov gov. gen gen. lt lt.
        col col. capt capt. sgt sgt. sir dame lord lady rev rev. president senator governor
        councillor cllr cllr. detective inspector sergeant constable superintendent judge
        det det. insp insp. supt supt. ch ch. dci ald ald. maj maj. cpl cpl. pvt pvt. cmdr cmdr.
        brig brig. atty atty. msgr msgr. con con. pc coun coun. const const. cst cst. adm adm.
        amb amb. sec sec. recorder cr cr. trooper officer captain lieutenant corporal commander
        marshal pastor rabbi imam reverend professor shri smt smt. shrimati alhaji alhaja
        datuk dato datin madam hon hon. elder engr engr. sp pandit baroness seu pak bapak ibu
        khun daw hojatoleslam archbishop patriarch mufti catholicos ratu adv adv. inkosi oba
        emir hajiya hajia barrister barr barr. sepoy mzee otunba admiral brigadier commodore
        maestro fr fr. eng eng. comrade emeritus mestre sensei sifu comandante
        colonel di mgr mgr. monsignor maître maitre doña kgosi mma rra kuia kaumatua kaumātua
        canon archimandrite sister ajahn phra ingeniero ingeniera licenciado licenciada
        aunty auntie ato w/ro weyzero woizero mheshimiwa khunying thanpuying haj haji hajji
        monsieur madame mademoiselle bürgermeister bürgermeisterin oberbürgermeister
        oberbürgermeisterin meester whaea hajja hajjah maulana mwami abbé ven ven. pres.
        taoiseach tánaiste uachtarán cathaoirleach adja arc. dona mwalimu matua ugaas thiru
        thiru. mawlawi maulvi mullah lyonpo dasho sikyong lonko ña ing. dato' dato’ hajjat dpp
        soba oknha samdech togbe venerable alhadji hadja lamido doc. judr. mudr. phdr. rndr.
        cde cde. excmo excmo. excma excma. sra sra. dra dra. obong igwe
        """
    )
)
#: Languages' names, which the NER may take for a person's ("release the film in Hindi, Tamil,
#: Telugu and Malayalam"); not those that are also common surnames ("Zulu", "Welsh").
LANGUAGES = frozenset(
    _words(
        """
        hindi tamil telugu malayalam kannada bengali bangla urdu punjabi marathi gujarati odia
        assamese sinhala nepali pashto dari farsi persian arabic hebrew yiddish swahili amharic
        tigrinya somali hausa yoruba igbo afrikaans mandarin cantonese tagalog
        malay bahasa vietnamese thai khmer burmese mongolian kazakh uzbek tajik turkmen kyrgyz
        georgian armenian azerbaijani azeri gaelic basque catalan galician esperanto
        """
    )
)
#: Ranks that are also English words ("Major League Baseball"): a title only before a given name
#: and a surname ("Major Taras Yaremchuk").
WORD_RANKS = frozenset({"major"})
#: Titles of respect that only a person's name follows, no office's or company's ("Pak Hamzah
#: Mohulaingo", "El Hadj Boubacar Sidibé").
HONORIFICS = frozenset(
    _words(
        """
        pak bapak ibu datuk dato datin smt smt. shri shrimati alhaji alhaja hajiya hajia haj haji
        adja
        hajji hajja hajjah mzee ato w/ro weyzero woizero mheshimiwa khunying thanpuying khun daw
        monsieur madame mademoiselle maulana mwami otunba aunty auntie whaea dato' dato’ hajjat
        oknha samdech togbe alhadji hadja
        """
    )
)
#: Titles of peers and Scottish judges that, before one name, are part of how they are named
#: ("Lord Ardmillan", "Baroness Chakrabarti").
PEERAGE_TITLES = frozenset({"lord", "lady", "baroness", "baron", "viscount", "earl", "countess"})
# British police ranks written as initials before a surname ("DC Nwachukwu", "DCI Hale"); "DC"
# alone is Washington's.
RANK_INITIALS = frozenset({"dc", "ds", "di", "dci", "dsi", "pc"})
# Role words written before a name ("Charlotte Mayor Jennifer Roberts"): a name never ends in one.
#: Offices of a place, written after its name ("Pond Inlet Mayor Joshua Arreak").
PLACE_OFFICES = frozenset({"mayor", "premier", "governor", "reeve"})
# A town's own bodies and places, named by the town before them ("Hamilton city council").
CIVIC_NOUNS = frozenset(_words("city council county police transit hall township municipality"))
ROLE_TITLES = frozenset(
    _words(
        """
        mayor senator governor president chairman chairwoman secretary minister sheriff
        commissioner congressman congresswoman ambassador spokesman spokeswoman spokesperson
        candidate nominee director chancellor premier councilman councilwoman chief clerk deputy
        tempore supervisor alderman alderwoman assemblyman assemblywoman assemblymember
        comptroller regent
        """
    )
)
# Last words of organisations' names ("Dominion Resources", "John Birch Society").
# Places of worship, whose names a saint's may open ("St Bride's Cathedral").
WORSHIP_PLACES = frozenset(
    _words("cathedral church abbey chapel minster basilica mosque temple synagogue priory")
)
ORG_NAME_ENDS = frozenset(
    _words(
        """
        society center centre institute foundation association committee council caucus fund
        university college polytechnic corporation corp corp. inc inc. llc ltd ltd. co.
        company group
        partners partnership associates holdings resources strategies consulting capital ventures
        industries enterprises coal energy renewables fuels motors airlines airways systems
        technologies
        laboratories alliance coalition federation league agency department ministry
        commission bureau authority network party grants program programme police service
        trust force board office court fc afc rfc rufc united rovers rangers wanderers athletic
        albion
        observer tribune gazette herald telegraph chronicle examiner courier images pictures
        bakery cafe café restaurant brewery winery distillery pharmacy clinic hospital hospice hotel
        infirmary
        museum theatre theater school academy library studios farms mall corps news times
        journal sentinel inquirer magazine weekly properties realty developments homes builders
        construction solutions labs pharmaceuticals therapeutics biosciences bio foods brands media
        communications entertainment logistics insurance bancorp financial securities investments
        management markets stores buses coaches railway railways ferries freight shipping lines line
        appliance appliances electronics telecom utilities residential lettings forum
        organisation organization movement directorate mission racing motorsport motorsports
        coastguard constabulary brigade minerals mining metals vineyards wines cellars events
        factory operator ag gmbh plc productions records labels engineering copper steel cement
        pharma enforcement protection guild ehf ehf. hf hf. asa a/s oy oyj aps ab automotive
        aerospace robotics software chemicals
        """
    )
)
# Nations whose public agencies are named by a noun before the nation ("Health Canada").
AGENCY_NATIONS = frozenset({"canada", "england", "scotland", "wales", "britain", "ireland", "uk"})
# Capitalised words before a place that name part of it, not an agency ("Western Canada").
PLACE_PARTS = frozenset(
    _words(
        """
        north south east west northern southern eastern western central northeast northwest
        southeast southwest inner outer upper lower greater rural urban coastal downtown
        uptown midtown old new atlantic pacific arctic mainland metro former
        """
    )
)
# Verbs by which outlets speak ("The Associated Press reported that she …", "declared La Stampa").
PUBLISHING_VERBS = frozenset(_words("report write publish declare print headline"))
# Platforms one posts on, a medium like a statement ("posted on X on Friday that …").
PLATFORMS = frozenset(
    _words("x twitter facebook instagram youtube tiktok threads bluesky linkedin telegram truth")
)
# Places whose name stands for the government that sits there ("Downing Street said").
SEATS_OF_POWER = frozenset(
    {"downing street", "white house", "kremlin", "élysée", "elysee", "élysée palace"}
    | {"elysee palace", "blue house", "quai d'orsay", "whitehall", "holyrood", "stormont"}
)
# Abbreviations for things, not bodies or places, that the NER may take for names ("CCTV
# footage", "the age of AI", "GDP grew").
THING_ACRONYMS = frozenset(
    _words(
        """
        ai cctv dna gps gdp cpi covid covid-19 hiv aids ivf mri atm suv ev evs vat nft llm gpu
        cpu ceo cfo tv ppe adhd ptsd iq 5g 4g vpn usb led pdf sms
        """
    )
)
# Names the tagger takes for people that never are: platforms, outlets and events ("Twitter",
# "Politico", "Brexit").
NON_PERSON_NAMES = frozenset(
    _words(
        """
        twitter facebook instagram youtube tiktok reddit snapchat linkedin whatsapp telegram
        wikipedia google brexit labour gmail soundcloud spotify netflix substack bluesky
        eventbrite uber lyft airbnb politico playbook breitbart gawker buzzfeed huffpost axios
        cnn msnbc upshot
        """
    )
)
# Kinds of work whose title follows them ("the BBC show Kitchen Wars"): the title is no person.
WORK_NOUNS = frozenset(
    _words(
        """
        show series programme program film movie documentary book novel memoir album song
        single podcast play musical opera sitcom drama recording poem essay painting
        collection anthology autobiography biography newsletter
        """
    )
)
#: Documents and undertakings whose title in capitals may follow them ("the report “Ready or
#: Not”", "a draft document titled “Energy Security Strategy to 2050”").
TITLED_DOCUMENTS = frozenset(
    _words(
        """
        report document study paper strategy plan review survey guide manifesto framework
        roadmap campaign initiative exhibition exhibit project proposal blueprint charter
        declaration agenda programme program draft dossier handbook toolkit
        """
    )
)
#: Kinds of organisation a person's trade is called too ("the broadcaster Mariella Cole").
PERSON_OR_BODY_NOUNS = frozenset({"broadcaster", "publisher"})
#: Journeys and travelling, whose "to" or "from" names a place ("their flight to Malaga").
TRAVEL_WORDS = frozenset(
    _words(
        """
        flight flights trip journey voyage cruise route ferry train fly travel sail emigrate
        relocate
        """
    )
)
#: Kinds of periodical, before its name ("the journal Diabetologia"): a publication, no person.
PERIODICAL_NOUNS = frozenset(_words("journal tabloid periodical weekly quarterly"))
#: Kinds of boat, before a boat's name ("the trawler Aurora Borealis").
VESSEL_NOUNS = frozenset(
    _words(
        """
        trawler boat vessel ship yacht ferry lifeboat tanker freighter liner warship submarine
        schooner trawlers tug dredger catamaran
        """
    )
)
# What family members call each other, capitalised like names ("Mum lay on the floor").
#: Kin a name's possessive shows to be a person's ("Dhaliwal's daughter").
KIN_NOUNS = frozenset(
    _words(
        """
        wife husband mother father son daughter brother sister niece nephew cousin uncle aunt
        grandson granddaughter grandmother grandfather widow widower fiancée fiancé stepfather
        stepmother stepson stepdaughter sons daughters children parents siblings mum mom dad
        grandma grandad granddad
        """
    )
)
KINSHIP_WORDS = frozenset(
    _words(
        """
        mum mom mummy mommy mam ma dad daddy pa papa mama grandma grandpa granny grandad
        granddad nan nana gran auntie uncle
        """
    )
)
# Titles that name an office by another word ("Justice Maria Lee" is "the judge").
TITLE_OFFICES = {"justice": "judge"}
# Abbreviated titles and the office each says its bearer holds ("Sen. James Lankford" is no
# president).
ABBREVIATED_OFFICES = {
    **dict.fromkeys(("sen", "sen."), "senator"),
    **dict.fromkeys(("rep", "rep."), "representative"),
    **dict.fromkeys(("gov", "gov."), "governor"),
    **dict.fromkeys(("amb", "amb."), "ambassador"),
    **dict.fromkeys(("atty", "atty."), "attorney"),
    **dict.fromkeys(("sec", "sec."), "secretary"),
    # a cabinet or principal secretary in Kenya ("Agriculture CS …", "The CS said")
    **dict.fromkeys(("cs", "ps"), "secretary"),
}
MALE_TITLES = frozenset({"mr", "mr.", "sir", "lord", "king", "prince", "monsieur", "ato"})
FEMALE_TITLES = frozenset(
    {
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "miss",
        "dame",
        "lady",
        "queen",
        "princess",
        "doña",
        "mdm",
        "mdm.",
        "mme",
        "mme.",
        "madame",
        "mademoiselle",
        "w/ro",
        "weyzero",
        "woizero",
        "khunying",
        "thanpuying",
        "bürgermeisterin",
        "oberbürgermeisterin",
        "whaea",
        "hajja",
        "hajjah",
        "adja",
        "dona",
        "ña",
    }
)

MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "themselves"})
NEUTER_PRONOUNS = frozenset({"it", "its", "itself"})
FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
PRONOUNS = (
    (MALE_PRONOUNS | FEMALE_PRONOUNS | PLURAL_PRONOUNS | NEUTER_PRONOUNS | FIRST_PERSON)
    | RELATIVE_PRONOUNS
    | {"you"}
)

# Verbs whose direct object or infinitive complement is the attributed content
# ("Trump wants to junk the exemption", "Clinton praised the ruling").
OBJECT_CUES = frozenset(
    _words(
        """
        support endorse criticize criticise accuse praise oppose propose defend reject attack deny
        question discuss mention condemn blame back urge demand want seek expect promise vow
        pledge announce reveal dismiss acknowledge offer plan refuse decline hope recall describe
        emphasize emphasise highlight tout recommend predict welcome applaud slam blast decry
        denounce lament mock ridicule tout advocate favor favour dispute challenge concede admit
        estimate report
        """
    )
)

# Verb + preposition cues whose object is the content ("called for", "talked about").
PREP_CUES = frozenset(
    {
        ("call", "for"),
        ("talk", "about"),
        ("speak", "about"),
        ("complain", "about"),
        ("warn", "about"),
        ("warn", "of"),
        ("warn", "against"),
        ("argue", "for"),
        ("argue", "against"),
        ("push", "for"),
        ("ask", "for"),
        ("advocate", "for"),
        ("campaign", "for"),
        ("campaign", "against"),
        ("rail", "against"),
        ("speak", "out"),
        ("write", "about"),
        ("worry", "about"),
        ("boast", "about"),
        ("brag", "about"),
        ("joke", "about"),
        ("testify", "about"),
    }
)

# Role nouns that give a gender ("spokeswoman" by its ending too); not "actor", which is
# written of women too ("The veteran actor Sulabha Joshi … She described him as …").
FEMALE_NOUNS = frozenset(
    {"actress", "queen", "princess", "mother", "wife", "daughter", "sister", "mum", "mom"}
)
MALE_NOUNS = frozenset({"king", "prince", "father", "husband", "son", "brother", "dad"})
# Nouns for a place that an "of" phrase names ("the city of Phoenix").
PLACE_NOUNS = frozenset({"city", "state", "town", "county", "country", "province", "nation"})
# Nouns for a place whose name follows "of" ("the village of Shakar Dara").
SETTLEMENT_NOUNS = PLACE_NOUNS | frozenset(_words("village hamlet district suburb island region"))
#: A territory's own administration, written with a capital before "of" and its place ("the
#: Prefecture of Vienne", "the Province of Bolzano").
ADMINISTRATIONS = frozenset(
    _words(
        "prefecture province municipality county diocese archdiocese eparchy governorate canton"
        " borough region"
    )
)
# Organisation nouns that, with "the", stand for the organisation named last.
#: Words that make an office another one: the shadow chancellor is not the chancellor.
QUALIFIERS = frozenset({"shadow", "former", "ex", "deputy", "vice", "assistant"})
#: Offices a person holds, each a word (stemmed as ``entities._stem`` stems): a person known to
#: hold one is not "the mayor" when it is another ("a union spokesman" is no mayor).
OFFICES = frozenset(
    _words(
        """
        mayor spokesman spokeswoman spokesperson senator governor minister judge sheriff
        prosecutor ambassador pope councillor coroner bishop archbishop president chancellor head
        premier ombudsman ombudsperson
        """
    )
)

#: Nouns for what someone said, before "of" and the one who said it ("That was the verdict of
#: Colin Rees").
VERDICT_NOUNS = frozenset(
    _words("verdict view assessment message warning opinion reaction response answer words")
)

#: Verbs of going somewhere to live or work ("moved to Norwich"): their "to" or "from" places.
MOTION_VERBS = frozenset(_words("move relocate travel fly emigrate immigrate commute"))

#: Words for a kind of organisation that open its name before "for" or "of" ("the Alliance for
#: South Asian AIDS Prevention").
ORG_NAME_HEADS = frozenset(
    _words(
        """
        alliance coalition federation league association society institute foundation council
        committee campaign union centre center fund college university academy commission
        bureau agency department ministry board museum confederation
        """
    )
)

#: Verbs of meaning to do something later ("intends to ask", "plans to announce"): what
#: they hang is not done yet.
INTENDING_VERBS = frozenset(_words("intend plan want hope aim seek wish"))
#: Verbs of putting a question to someone ("Asked whether …", "Pressed on …").
QUESTION_VERBS = frozenset({"ask", "press", "question", "quiz"})
#: Words that open a question put in reported speech ("asked whether …", "asked why …").
QUESTION_WORDS = frozenset(_words("whether if why what how when where who which"))
# Verbs that ask someone else to speak or act ("pressed the FAA *to explain* why …": words
# asked for, which no one has said yet).
REQUEST_VERBS = frozenset(
    _words("ask press urge advise call challenge invite implore encourage pressure push beg order")
)

#: Words that open a sentence as interjections ("Yes, he said"), never as names.
INTERJECTIONS = frozenset(
    _words("yes no yeah nope well oh ah ok okay hey wow please thanks sure indeed hello alas")
)

#: Parts of the body, which never speak for themselves ("her voice", "his eyes").
BODY_NOUNS = frozenset(_words("eye voice face hand lip mouth heart tear"))

#: Verbs whose object is the means by which their subject goes on to speak ("used a news
#: conference to announce …", "seized the moment to deny …").
MEANS_VERBS = frozenset({"use", "take", "seize", "spend", "grab"})

#: Participles that give someone a name, not words they said ("known as “La Flaca”").
NAMING_PARTICIPLES = frozenset({"know", "nickname", "dub", "title", "entitle", "name"})
#: Verbs that give a work its title ("a paper titled “…”", "is entitled “…”").
TITLING_VERBS = frozenset({"title", "entitle"})
#: Verbs of making a work ("has written a book", "premiered a documentary").
MAKING_VERBS = frozenset(
    _words(
        """
        write publish release premiere pen author co-author co-write broadcast air produce
        launch finish complete record direct film
        """
    )
)
#: Verbs whose "as" or "by" gives a name or a handle ("posts as “0xMarlow”", "goes by “Dex”").
NAMED_AS_VERBS = frozenset({"post", "go", "know", "identify", "style", "bill", "brand"})

ANAPHORIC_ORG_NOUNS = frozenset(
    {"newspaper", "paper", "magazine", "network", "channel", "station", "website", "union"}
    | {"bank", "company", "firm", "carmaker", "automaker", "retailer", "airline", "insurer"}
    | {"broadcaster", "publisher", "manufacturer", "supplier", "lender", "regulator", "watchdog"}
    | {"charity", "club", "conglomerate", "startup", "trust", "hospital", "authority", "body"}
    | {"operator", "utility", "publication", "outlet", "force", "constabulary", "carrier", "group"}
    | {"department", "ministry", "association", "federation", "maker", "drugmaker", "chipmaker"}
    | TRADE_NOUNS
    | {
        "chain",
        "corporation",
        "cooperative",
        "co-operative",
        "zoo",
        "aquarium",
        "sanctuary",
        "exchange",
        "guild",
        "inspectorate",
    }
)
# Organisation nouns whose compound names what the organisation makes, not the organisation
# ("the iPhone maker" is Apple).
MAKER_NOUNS = frozenset({"maker"})
# Nouns for a government body whose field, written before them, is in its name ("the energy
# ministry" is "Alberta Energy", never the organisation named last).
FIELD_ORG_NOUNS = frozenset({"department", "ministry"})

# Small words allowed inside a title in marks ("Meet the Press").
TITLE_SMALL_WORDS = frozenset(_words("of the a an and in on for to with at"))
# Small words allowed inside an organisation's name and its acronym ("Bank of England").
NAME_SMALL_WORDS = frozenset({"of", "and", "the", "for", "on", "in", "to", "&"})
# Suffixes after a surname ("Martin Luther King Jr.").
# Lower-case words inside surnames ("Van Voorhis", "bin Laden").
NAME_PARTICLES = frozenset(
    _words(
        "van von de del della der da di du dos das dela la le ten ter bin bint ibn al el ap st. st"
        " arap wa na zu binti binte anak a/l a/p s/o d/o af 't ’t"
    )
)
# Words that open a surname of several words, in capitals or not ("Mac Giolla Bhríde", "Ní
# Dhomhnaill", "de Búrca", "Van der Merwe").
SURNAME_OPENINGS = NAME_PARTICLES | frozenset(_words("mac mc ó ní ni nic uí mhic ben abu"))
#: Words after a Kyrgyz, Kazakh or Azerbaijani father's name: "son of", "daughter of"
#: ("Bakyt Mamatkadyr uulu").
PATRONYMIC_MARKERS = frozenset({"uulu", "kyzy", "oglu", "ogly", "qizi", "kizi"})
NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}) | PATRONYMIC_MARKERS
#: Regnal numbers after a ruler's or chief's name ("Osei Tutu II", "Teke Nyamsi II").
REGNAL_NUMBERS = frozenset({"II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"})
# Letters written after a name that are no part of it ("Andrew Jones KC", "Jane Smith MP").
#: Letters after a name: members of parliaments and assemblies ("MS" of the Senedd, "TD" of the
#: Dáil, "MLA", "MPP"), silks and honours.
POSTNOMINALS = frozenset(
    {
        "kc",
        "qc",
        "mp",
        "msp",
        "ms",
        "mla",
        "mpp",
        "td",
        "mep",
        "obe",
        "mbe",
        "cbe",
        "kbe",
        "dbe",
        "phd",
        "sc",
        "bl",
        "san",
        "pc",
        "ao",
        "ac",
        "oam",
        "cnzm",
        "onzm",
        "mnzm",
        "ba",
        "bsc",
        "msc",
        "llb",
        "llm",
        "mba",
        "mrtpi",
        "riba",
        "frics",
        "mrics",
        "fca",
        "acca",
    }
)

#: A given name of two syllables joined by a hyphen, the second in lower case, written after
#: the family name ("Lin Chien-hung", "Park Seong-min").
GIVEN_AFTER_FAMILY = re.compile(r"[A-Z][a-z]+-[a-z]+")
_PINYIN_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|in|iu"
    r"|ua|uo|ui|un|ue|a|o|e|i|u|v)"
)
#: A Chinese name written family name first, in pinyin without a hyphen, in lower case: one
#: syllable, then a given name of one or two ("lin zhenyu", "wang yi"; not "jan brewer").
PINYIN_FAMILY_FIRST = re.compile(rf"{_PINYIN_SYLLABLE} {_PINYIN_SYLLABLE}(?:{_PINYIN_SYLLABLE})?")
#: Honorifics written after a name with a hyphen ("Sakurai-san", "Gurung-ji").
HONORIFIC_SUFFIXES = frozenset({"san", "sama", "kun", "chan", "sensei", "ji", "nim", "ssi", "la"})
#: Titles written after a monk's name ("Karandeniye Somaratana Thero").
TITLES_AFTER_A_NAME = frozenset({"thero", "thera", "himi"})

# Entity labels that name something (numbers, dates and amounts are left out).
NAMED_LABELS = frozenset(
    {
        "PERSON",
        "NORP",
        "FAC",
        "ORG",
        "GPE",
        "LOC",
        "PRODUCT",
        "EVENT",
        "WORK_OF_ART",
        "LAW",
        "LANGUAGE",
    }
)

# Offices named after their field ("Education Secretary", "Health Minister").
OFFICE_WORDS = frozenset({"secretary", "minister", "commissioner"})
# Offices written before their field and their holder's name ("Minister for Transport Krišjānis
# Vītols", "Chairman of the Đồng Nai Provincial People's Committee Trương Văn Lực").
FIELD_FIRST_OFFICES = frozenset(
    _words(
        """
        minister secretary commissioner chairman chairwoman chairperson chair member mp
        governor director president deputy head leader spokesman spokeswoman spokesperson
        """
    )
)

# Short words for a party's members that end a name the NER may take for a person's ("Lib Dem",
# "the Lib Dems").
PARTY_MEMBER_WORDS = frozenset({"dem", "dems", "tory", "tories"})
# Words that open a storm's name ("Storm Bert", "Hurricane Helene").
STORM_WORDS = frozenset({"storm", "hurricane", "typhoon", "cyclone", "tropical"})
# Last words of events' names ("Eras Tour", "Stanley Cup"), which the NER may take for people's.
EVENT_NOUNS = frozenset(
    _words(
        """tour festival awards cup games series championship championships olympics expo
        summit marathon trophy gala tournament"""
    )
)
# Places named after people, written in lower case after the name ("Trudeau airport").
FACILITY_NOUNS = frozenset(
    _words("airport station bridge stadium arena highway expressway terminal library museum")
)
# Last words of streets' names ("Boar Lane"), which the NER may take for people's.
STREET_WORDS = frozenset(
    _words("street road lane avenue boulevard drive crescent terrace row mews parade")
)
#: Last words of places' names that are no one's surname ("George Square", "Dalyview Terrace",
#: "the Stanier Stand", "Rough and Ready Highway", "the Judith River Formation").
PLACE_NAME_ENDS = frozenset(
    _words(
        """
        square terrace crescent boulevard avenue highway motorway roundabout quay wharf plaza
        stand formation fen estate harbour harbor reef reefs lagoon atoll
        """
    )
)

# Given names that tell a person's gender.
# Time zones, which the NER takes for organisations ("at 07:30 BST").
# Other languages' words for a party, movement, front or union that open an organisation's
# name ("Partido Patria", "Movimiento Raíz", "Parti Québécois", "Frente Amplio").
FOREIGN_ORG_HEADS = frozenset(
    _words(
        """
        partido movimiento movimento parti partei partij frente fronte unión unidad alianza maison
        associação asociación associazione federação federación federazione fédération
        confederação confederación confédération confederazione sindicato syndicat sindacato
        gewerkschaft collectif colectivo coletivo instituto istituto institut fundación fundação
        fondation fondazione stiftung superintendencia superintendência secretaría secretaria
        ministerio ministério ministère ministero ministerium ministerie comisión comissão
        commissione comité comitê consejo conselho conseil consiglio ligue liga lega agencia
        agência agence agenzia autorité autoridad autoridade autorità defensoría procuraduría
        fiscalía contraloría dirección direção bundesamt bundesanstalt bundesverband verband
        vereniging stichting landesamt behörde cámara câmara chambre camera caisse caja
        observatoire observatorio sociedad sociedade société società compañía companhia
        compagnie compagnia banco banque banca zentrum centro akademie gesellschaft universität
        universidad università universidade université hochschule rūnanga runanga
        """
    )
)
#: Words for a kind of public body that a name's field or country may follow ("Bavarian State
#: Office for the Environment", "Communications Authority of Kenya").
BODY_HEADS = frozenset(
    _words(
        """
        institute foundation association committee council fund agency department ministry
        commission bureau authority office court board mission directorate bloc movement front
        union federation alliance coalition league service organisation organization observatory
        centre center network tribunal inspectorate ombudsman regulator secretariat campaign
        society
        """
    )
)
#: Small words inside organisations' names in other languages ("Associação dos Moradores do
#: Vale", "Bundesamt für Strahlenschutz und Reaktorsicherheit", "Ligue des droits de l'Homme").
FOREIGN_NAME_PARTICLES = frozenset(
    _words(
        """
        de des du dos das do da della delle degli dei del di für und der die den la le les el
        los las y e et en van voor o
        """
    )
)
# Legal forms that end a company's name and that the article may leave off ("Dunmore Outdoor
# Co." then "Dunmore Outdoor").
LEGAL_SUFFIXES = frozenset(
    _words(
        "co co. inc inc. ltd ltd. llc corp corp. plc llp sa s.a. ag gmbh nv n.v. bv lda sarl pty"
        " ehf ehf. hf hf. asa a/s oy oyj aps ab"
    )
)
TIME_ZONES = frozenset(
    _words("gmt bst utc est edt cst cdt mst mdt pst pdt cet cest eet aest et pt ct")
)
# Times of day written with full stops, and the capitalised words they run on into (days,
# months, zones: "at 9 a.m. Monday", "2 p.m. Eastern"), where no new sentence starts.
TIMES_OF_DAY = frozenset({"a.m.", "p.m."})
#: Marks that open the items of a list, one a line ("- ESB Networks says …").
BULLETS = frozenset({"-", "\u2013", "\u2014", "\u2022", "*", "\u00b7"})
#: Months' names, whole and shortened ("Jun 12", "Sept. 3").
MONTHS = frozenset(
    _words(
        """
        january february march april may june july august september october november december
        jan feb mar apr jun jul aug sep sept oct nov dec
        """
    )
)
#: Words for a company's business that end its name and are left off when it is named again
#: ("Harrowgate Mutual" for "Harrowgate Mutual Insurance").
COMPANY_NAME_ENDS = LEGAL_SUFFIXES | frozenset(
    _words(
        """
        holdings group insurance assurance casualty reinsurance mutual bank bancorp financial
        finance capital investments securities industries enterprises motors airlines airways
        energy power resources technologies systems logistics shipping pharmaceuticals telecom
        communications publishing
        """
    )
)
TIME_RUN_ONS = TIME_ZONES | frozenset(
    _words(
        """
        monday tuesday wednesday thursday friday saturday sunday january february march april
        may june july august september october november december jan. feb. aug. sept. oct.
        nov. dec. eastern pacific central mountain atlantic local et pt ct mt e.t. p.t.
        """
    )
)
# First names given to men and women alike: they tell no gender ("Kelly Ortberg" is "Mr Ortberg").
UNISEX_NAMES = frozenset(
    # given to men in Italy and to women in English- or French-speaking countries too; Jess,
    # recorded a man's name in Britain, for Jessica too
    _words(
        """
        kelly jamie kerry jean lindsay ashley charlie alex sam nana michele andrea nicola simone
        jess
        """
    )
)
MALE_NAMES = frozenset(
    _words(
        """
        donald barack bill bernie joe mike ted marco jeb john paul chris tim george ben
        rand scott jim james robert michael david richard thomas mark steve steven peter
        andrew william charles vladimir sergei bashar recep emmanuel boris justin xi kim
        mitt newt rudy reince sean jared eric kevin jeff jeffrey lindsey mitch harry
        chuck bob ron rick jason ryan martin luis carlos jose juan ahmed mohammed
        muhammad ali hassan ivan dmitry alexei sergey nicolas francois angelo adam alan
        albert alexander anthony arthur brian bruce bryan carl christopher craig daniel
        dennis douglas edward frank fred gary gerald gregory henry howard jack jacob
        jeremy jerry jesse jonathan joseph joshua keith kenneth larry lawrence matthew
        nathan patrick philip phillip ralph randy raymond roger ronald roy russell
        samuel stephen timothy tom tony walter wayne zachary nigel keir rishi gordon
        liam oliver noah charlie alfie archie jamie callum connor ewan gareth rhys owen
        dylan aled iain alistair hamish declan ciaran niall colm eamon pierre jean
        jacques olivier philippe hans klaus jurgen wolfgang friedrich olaf markus
        matthias stefan lars sven erik anders giuseppe giorgio matteo luca pedro pablo
        javier miguel diego sergio antonio andrzej piotr tomasz volodymyr andriy
        oleksandr viktor mikhail yuri pavel narendra rahul amit raj sanjay vikram arjun
        mohamed md mohd omar khalid abdullah yusuf ibrahim mustafa tariq imran benjamin yair
        naftali shinzo fumio kenji hiroshi takeshi wei jun chen li ming cyril nelson
        kwame olusegun bola emeka chinedu abiy uhuru elon sundar satya jensen sam warren
        neil ian graham simon stuart colin derek malcolm adrian alex dominic luke aaron
        nick nicholas jon joel tristan rory hugh giles julian rupert toby dan danny phil
        vince ken andy greg gregg glenn leon marcus nathaniel oscar reuben sebastian
        theo tobias victor vincent wesley barry clive dave duncan gavin geoff gerry
        graeme jake jeremiah josh kyle lewis louis mathew neville norman quentin roland
        shane stanley trevor ahmad hamza bilal faisal rashid salman sadiq rami
        tomas jakub mateusz lukasz florian maximilian felix jonas elias
        """
    )
)


FEMALE_NAMES = frozenset(
    _words(
        """
        hillary melania ivanka michelle nancy elizabeth kellyanne sarah susan mary
        patricia jennifer linda barbara margaret lisa karen nicole carly jill huma
        loretta debbie donna hope kate katherine catherine anne ann jane julia laura
        angela theresa marine nikki condoleezza samantha maria emily emma olivia sophia
        rachel rebecca amy heather megyn rosie oprah kamala tulsi alice amanda andrea
        ashley betty beverly brenda carol carolyn cheryl christina christine cynthia
        deborah denise diana diane dorothy elaine ellen evelyn frances gloria hannah
        helen jacqueline janet janice jessica joan joyce judith judy julie kathleen
        kathryn kimberly lauren lori marie marilyn martha megan melanie melissa monica
        natalie pamela paula ruth sandra sharon shirley stephanie tammy teresa tiffany
        valerie victoria wendy kemi priya yvette bridget liz suella penny nicola jacinda
        ursula annalena giorgia segolene ana sofia lucia carmen isabel elena giulia
        francesca chiara ingrid astrid sigrid anja katrin petra olga natalia irina
        svetlana tatiana yulia oksana amira fatima aisha leila yasmin zainab mariam
        priyanka sunita indira meera ngozi chimamanda amina wanjiru mei ling yuki keiko
        sakura grace chloe charlotte amelia isla ava mia poppy sophie lucy ellie siobhan
        aoife niamh ciara fiona morag eilidh catriona gwen ffion bethan caroline claire
        clare louise joanne alison gillian kirsty lindsay tracey tracy kerry jenny
        jennie joanna jodie kelly leanne lorraine lynn lynne maxine michaela naomi
        natasha sara sian suzanne tanya vicky zoe abigail alexandra beth caitlin cara
        eleanor eliza esther freya hayley imogen isabella jasmine jemma katie kayleigh
        kirsten lydia maisie millie molly phoebe rebekah rosa scarlett sienna tamsin
        tara anna angelina beatrice clara ella harriet heidi jasmin lena maya nadia
        vanessa yvonne mercy comfort patience blessing precious
        """
    )
)
# Known first names, given to either.
FIRST_NAMES = MALE_NAMES | FEMALE_NAMES


# answers kept per word: a worker reads millions of articles, so the caches are bounded
WORD_CACHE = 1 << 16


@functools.cache
def _name_genders():
    """gender-guesser's dictionary of first names across countries (built once per process)."""
    from gender_guesser.detector import Detector

    return Detector(case_sensitive=False)


def load_name_genders() -> None:
    """Read gender-guesser's dictionary now (about 1.5 s), when a worker starts, rather than
    on its first article."""
    _name_genders()


@functools.lru_cache(maxsize=WORD_CACHE)
def recorded_name_gender(word: str) -> str | None:
    """The gender gender-guesser records for a first name, as given in Britain, else in the
    United States, else anywhere ("Laurence": "m", "Priya": "f"); None for a name given to
    both or mostly to one, or not recorded."""
    detector, name = _name_genders(), _recorded_form(word)
    for country in ("great_britain", "usa", None):
        found = detector.get_gender(name, country)
        if found != "andy" or country is None:  # "andy": none recorded there, or both
            return {"male": "m", "female": "f"}.get(found)
    return None


@functools.lru_cache(maxsize=WORD_CACHE)
def recorded_only_abroad(word: str) -> bool:
    """Whether gender-guesser records a gender for a first name only outside Britain and the
    United States ("Haruna": a woman's name in Japan, a man's in Nigeria)."""
    detector, name = _name_genders(), _recorded_form(word)
    home = {detector.get_gender(name, country) for country in ("great_britain", "usa")}
    return home <= {"andy", "unknown"} and detector.get_gender(name) in ("male", "female")


@functools.lru_cache(maxsize=WORD_CACHE)
def recorded_for_both(word: str) -> bool:
    """Whether gender-guesser records a first name as only a man's in one country and only a
    woman's in another ("Jan": a woman's name in Britain, a man's in Belgium, the Netherlands
    and Germany; not "Asa", mostly a woman's in Japan)."""
    detector, name = _name_genders(), _recorded_form(word)
    found = {detector.get_gender(name, country) for country in detector.COUNTRIES}
    return "male" in found and "female" in found


@functools.lru_cache(maxsize=WORD_CACHE)
def is_recorded_first_name(word: str) -> bool:
    """Whether gender-guesser records ``word`` as a first name at all, whoever it is given to
    ("Darnell", mostly to men; "Jordan", to both)."""
    known = _name_genders().get_gender(_recorded_form(word)) != "unknown"
    return word.lower() in FIRST_NAMES or known


@functools.lru_cache(maxsize=WORD_CACHE)
def _recorded_form(word: str) -> str:
    """The form of a first name gender-guesser records: as written, else without its accents
    ("Siobhán" as "Siobhan"); as written when neither is recorded."""
    name = word.capitalize()
    if _name_genders().get_gender(name) != "unknown":
        return name
    plain = unaccented(name)
    return plain if _name_genders().get_gender(plain) != "unknown" else name


def unaccented(word: str) -> str:
    """``word`` without its accents ("café": "cafe", "Siobhán": "Siobhan")."""
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch)
    )
