"""Demo stories, drawn from the best practices in ../shared/seeds. Positive framing, no named persons.

Each template: key, title, intro, paragraphs, three questions (where / proud / heading), a quote,
themes (slugs). `{org}` and `{place}` are filled in with the organisation and a municipality.
"""

STORY_TEMPLATES = [
    {
        "key": "stoerparcours",
        "title": "Stoer parcours in {place}",
        "intro": "Kinderen klimmen, klauteren en moedigen elkaar aan. Het stoerparcours van {org} laat zien hoeveel ze durven.",
        "paragraphs": [
            "Op een zaterdagochtend bouwen vrijwilligers van {org} in {place} een parcours van touwen, balken en banden. Een uur later staan er veertig kinderen klaar.",
            "Wie even twijfelt, krijgt een hand van een ander kind. Zo leren ze durven en samenwerken, en dat nemen ze mee naar school.",
        ],
        "questions": (
            "Elke maand bouwen we een nieuw parcours, met hulp van ouders.",
            "Dat kinderen elkaar helpen, zonder dat iemand het vraagt.",
            "Volgend jaar willen we het parcours ook naar de basisscholen brengen.",
        ),
        "quote": ("Ik dacht dat ik het niet kon, maar ik kwam gewoon boven!", "Een deelnemer van tien jaar"),
        "themes": ["vrije-tijd-jeugd", "jongeren"],
    },
    {
        "key": "samenspeeldag",
        "title": "Samenspeeldag: iedereen doet mee",
        "intro": "Kinderen met en zonder beperking speelden een hele dag samen in {place}. {org} bracht clubs en ouders bij elkaar.",
        "paragraphs": [
            "De samenspeeldag begon als idee van een paar leiders. Nu doen er clubs uit de hele regio mee.",
            "Spelletjes zijn zo aangepast dat iedereen mee kan doen. Kinderen die elkaar niet kenden, gingen als vrienden naar huis.",
        ],
        "questions": (
            "Vijf clubs organiseren de dag nu samen.",
            "Op de lach van kinderen die elkaar voor het eerst ontmoeten.",
            "We willen twee samenspeeldagen per jaar.",
        ),
        "quote": ("Hier kijkt niemand naar wat je niet kunt.", "Een leider van de club"),
        "themes": ["vrije-tijd-jeugd", "sociale-cohesie"],
    },
    {
        "key": "besma",
        "title": "Samen aan tafel, samen sterker",
        "intro": "Elke twee weken komen vrouwen van 55 jaar en ouder bij elkaar in {place}. Jonge vrijwilligers van {org} organiseren de middagen.",
        "paragraphs": [
            "Er wordt gekookt, gepraat en gelachen. Tussendoor is er informatie over gezond leven, in de eigen taal.",
            "De jonge vrijwilligers leren veel van de verhalen van de oudere vrouwen. Zo ontstaat een band tussen twee generaties.",
        ],
        "questions": (
            "Twintig vrouwen komen elke twee weken.",
            "Dat de vrouwen nu zelf onderwerpen aandragen.",
            "We willen een tweede groep starten in een andere wijk.",
        ),
        "quote": ("Hier heb ik nieuwe vriendinnen gevonden.", "Een deelnemer"),
        "themes": ["jong-en-oud", "eenzaamheid", "positieve-gezondheid"],
    },
    {
        "key": "politiek-talent",
        "title": "Vrouwen stappen de gemeenteraad in",
        "intro": "In een reeks avonden ontdekten vrouwen in {place} wat ze te bieden hebben in de lokale politiek. {org} bood de training.",
        "paragraphs": [
            "Spreken in het openbaar, een voorstel schrijven, een netwerk opbouwen: het kwam allemaal aan bod.",
            "Drie deelneemsters staan nu op een kieslijst. De anderen gebruiken wat ze leerden in hun vereniging of op hun werk.",
        ],
        "questions": (
            "Twaalf vrouwen volgden de training.",
            "Dat ze elkaar blijven steunen, ook na de laatste avond.",
            "Een nieuwe groep start in het voorjaar.",
        ),
        "quote": ("Ik wist niet dat mijn ervaring zoveel waard was.", "Een deelneemster"),
        "themes": ["samen-redzaamheid", "positief-framen"],
    },
    {
        "key": "maatje",
        "title": "Een maatje om mee te wandelen",
        "intro": "Een vrijwilliger en een inwoner van {place} wandelen elke week samen. {org} bracht hen bij elkaar.",
        "paragraphs": [
            "Het begon met een kop koffie. Nu lopen ze elke dinsdag een rondje door het park en praten ze over alles.",
            "Voor allebei is de wandeling een vast moment in de week geworden. De vrijwilliger krijgt er net zoveel voor terug.",
        ],
        "questions": (
            "Vijftig duo's wandelen nu samen in de regio.",
            "Op de vriendschappen die ontstaan.",
            "We zoeken nog meer mensen die graag wandelen.",
        ),
        "quote": ("Ik kijk de hele week uit naar dinsdag.", "Een wandelaar uit de buurt"),
        "themes": ["eenzaamheid", "samen-redzaamheid", "nieuwe-vrijwilliger"],
    },
    {
        "key": "repair-digitaal",
        "title": "Digitaal café: samen de smartphone ontdekken",
        "intro": "Jongeren helpen ouderen in {place} met hun telefoon en tablet. Het digitale café van {org} zit elke week vol.",
        "paragraphs": [
            "Een app voor de bank, een videobelletje met de kleinkinderen of een afspraak bij de huisarts: de vragen zijn heel verschillend.",
            "De jongeren leggen rustig uit en de ouderen vertellen over vroeger. Iedereen leert iets.",
        ],
        "questions": (
            "Elke woensdag komen er zo'n vijftien mensen.",
            "Dat deelnemers nu zelf anderen helpen.",
            "We willen het café naar drie dorpen brengen.",
        ),
        "quote": ("Nu bel ik zelf met mijn kleinzoon in Spanje.", "Een bezoeker van het café"),
        "themes": ["digitalisering", "jong-en-oud"],
    },
    {
        "key": "kledingruil",
        "title": "Kleding die een tweede leven krijgt",
        "intro": "Bij de kledingruil van {org} in {place} vinden gezinnen mooie kleding, en vrijwilligers vinden een fijne plek.",
        "paragraphs": [
            "Elke zaterdag sorteren vrijwilligers de kleding die inwoners brengen. Alles hangt netjes op maat, zoals in een winkel.",
            "Bezoekers zoeken rustig uit wat ze nodig hebben. Veel van hen komen later terug als vrijwilliger.",
        ],
        "questions": (
            "We helpen elke week zo'n honderd gezinnen.",
            "Op de sfeer: hier voelt iedereen zich welkom.",
            "We willen een hoek met schoolspullen inrichten.",
        ),
        "quote": ("Mijn kinderen gingen stralend naar school.", "Een moeder uit de wijk"),
        "themes": ["samen-redzaamheid", "armoede"],
    },
    {
        "key": "positieve-gezondheid",
        "title": "Het gesprek over wat écht telt",
        "intro": "Met het spinnenweb van positieve gezondheid praten inwoners van {place} over wat hen energie geeft. {org} leidde de gesprekken.",
        "paragraphs": [
            "Niet de klacht staat centraal, maar de vraag: wat is voor jou belangrijk? Dat levert verrassende gesprekken op.",
            "Deelnemers kiezen zelf een kleine stap. De een gaat weer zingen in een koor, de ander meldt zich aan als vrijwilliger.",
        ],
        "questions": (
            "Tien groepen hebben de gesprekken gevoerd.",
            "Dat mensen zelf de regie nemen.",
            "We trainen nieuwe gespreksleiders.",
        ),
        "quote": ("Ik ben weer gaan doen waar ik blij van word.", "Een deelnemer"),
        "themes": ["positieve-gezondheid", "gezondheid"],
    },
    {
        "key": "eerste-hulp",
        "title": "Alle leiders weten wat ze moeten doen",
        "intro": "Vrijwilligers van jeugdclubs in {place} haalden samen hun certificaat eerste hulp. {org} regelde de cursus.",
        "paragraphs": [
            "Een gevallen kind, een wespensteek of een bult: de leiders oefenden het in korte, praktische lessen.",
            "Clubs die elkaar eerst nauwelijks kenden, wisselen nu tips en materiaal uit.",
        ],
        "questions": (
            "Dertig leiders hebben hun certificaat.",
            "Op de samenwerking tussen de clubs.",
            "Volgend jaar volgt een cursus over veilig kamperen.",
        ),
        "quote": ("Ik voel me veel zekerder tijdens het kamp.", "Een leider"),
        "themes": ["vrije-tijd-jeugd", "nieuwe-vrijwilliger"],
    },
    {
        "key": "jongerenstem",
        "title": "Jongeren praten mee over hun dorp",
        "intro": "Een groep jongeren uit {place} gaf de gemeente advies over een nieuwe ontmoetingsplek. {org} bracht hen samen.",
        "paragraphs": [
            "De jongeren deden een rondje langs leeftijdgenoten en maakten een plan met tekeningen en een begroting.",
            "De wethouder kwam zelf luisteren. Een deel van het plan wordt dit jaar uitgevoerd.",
        ],
        "questions": (
            "Vijftien jongeren dachten mee.",
            "Dat er echt naar ons geluisterd werd.",
            "We willen een vaste jongerenraad.",
        ),
        "quote": ("We hebben laten zien wat jongeren kunnen.", "Een jongere uit de groep"),
        "themes": ["jongeren", "sociale-cohesie"],
    },
    {
        "key": "buurttuin",
        "title": "Een buurttuin waar iedereen oogst",
        "intro": "Op een braakliggend veldje in {place} groeien nu groente en vriendschappen. Vrijwilligers van {org} zetten de tuin op.",
        "paragraphs": [
            "Buren van alle leeftijden werken samen in de tuin. Wie niet kan spitten, zorgt voor koffie of deelt recepten.",
            "De oogst wordt gedeeld. Eens per maand koken de buren samen een maaltijd in het buurthuis.",
        ],
        "questions": (
            "Dertig buren hebben een taak in de tuin.",
            "Dat mensen die elkaar niet kenden nu samen eten.",
            "We bouwen een kas met de basisschool.",
        ),
        "quote": ("De tuin is het hart van de straat geworden.", "Een buurtbewoner"),
        "themes": ["sociale-cohesie", "samen-redzaamheid"],
    },
    {
        "key": "nieuwe-vrijwilligers",
        "title": "Proeven aan vrijwilligerswerk",
        "intro": "Op de vrijwilligersproeverij van {org} in {place} probeerden nieuwe mensen een middag mee te doen.",
        "paragraphs": [
            "Geen formulieren, gewoon een middag meedraaien. Zo ontdekten bezoekers wat bij hen past.",
            "Een op de drie bezoekers is gebleven. Sommigen nemen nu zelf nieuwe vrijwilligers mee.",
        ],
        "questions": (
            "Veertig mensen kwamen proeven.",
            "Op de nieuwe, jonge vrijwilligers.",
            "We houden twee proeverijen per jaar.",
        ),
        "quote": ("Ik wist niet dat het zo leuk en makkelijk was.", "Een nieuwe vrijwilliger"),
        "themes": ["nieuwe-vrijwilliger"],
    },
    {
        "key": "zingeving",
        "title": "Ruimte voor het goede gesprek",
        "intro": "In gespreksgroepen van {org} in {place} praten mensen over wat hun leven betekenis geeft.",
        "paragraphs": [
            "Rond een tafel met thee delen deelnemers wat hen bezighoudt: werk, familie, afscheid, nieuwe plannen.",
            "De groep luistert zonder oordeel. Veel deelnemers vinden er rust en nieuwe moed.",
        ],
        "questions": (
            "Drie groepen komen elke maand samen.",
            "Op het vertrouwen in de groep.",
            "We leiden nieuwe gespreksbegeleiders op.",
        ),
        "quote": ("Ik voel me gehoord.", "Een deelnemer"),
        "themes": ["positieve-gezondheid", "eenzaamheid"],
    },
    {
        "key": "speeltuin",
        "title": "Een speeltuin van en voor de buurt",
        "intro": "Speeltuinvrijwilligers van {org} in {place} hielden een klusdag. Ouders, kinderen en buren kwamen helpen.",
        "paragraphs": [
            "De schommel kreeg een nieuwe laag verf en er kwam een bankje in de schaduw voor opa's en oma's.",
            "Na afloop was er een barbecue. De speeltuin is weer het ontmoetingspunt van de wijk.",
        ],
        "questions": (
            "Twintig vaste vrijwilligers houden de speeltuin open.",
            "Op de handen die spontaan kwamen helpen.",
            "We willen een natuurspeelplek maken.",
        ),
        "quote": ("Hier leren kinderen elkaar kennen.", "Een vrijwilliger van de speeltuin"),
        "themes": ["vrije-tijd-jeugd", "sociale-cohesie"],
    },
    {
        "key": "kennis-delen",
        "title": "Organisaties leren van elkaar",
        "intro": "Op een ochtend in {place} deelden vrijwilligers van verschillende organisaties wat werkt. {org} was gastheer.",
        "paragraphs": [
            "Een vereniging vertelde hoe ze jongeren in het bestuur kreeg. Een andere liet zien hoe ze ouderen bereikt.",
            "Iedereen ging naar huis met een idee om uit te proberen, en met nieuwe contacten.",
        ],
        "questions": (
            "Tien organisaties deden mee.",
            "Dat we elkaars kracht nu beter kennen.",
            "We organiseren twee keer per jaar zo'n ochtend.",
        ),
        "quote": ("Je kunt het niet alleen, en dat hoeft ook niet.", "Een bestuurslid"),
        "themes": ["samen-redzaamheid", "nieuwe-vrijwilliger"],
    },
    {
        "key": "kookclub",
        "title": "Koken met wat het seizoen geeft",
        "intro": "Een kookclub van {org} in {place} leert gezond en goedkoop koken, en vooral: samen eten.",
        "paragraphs": [
            "Elke week kiest een deelnemer een recept. De groep kookt samen en deelt de tips.",
            "Kinderen schuiven aan het eind aan. Zo wordt de kookclub een kleine familie.",
        ],
        "questions": (
            "Twaalf koks in de dop, elke week.",
            "Op het receptenboekje dat we samen maakten.",
            "We willen koken met de basisschool.",
        ),
        "quote": ("Ik kook nu vaker vers, en het is nog lekker ook.", "Een deelnemer"),
        "themes": ["gezondheid", "samen-redzaamheid"],
    },
    {
        "key": "voorlezen",
        "title": "Voorlezen in twee talen",
        "intro": "Vrijwilligers van {org} lezen in {place} voor aan kinderen, in het Nederlands en in hun thuistaal.",
        "paragraphs": [
            "Ouders luisteren mee en lezen daarna thuis verder. De bibliotheek stelt de boeken beschikbaar.",
            "Kinderen groeien in hun taal, en ouders leren de bibliotheek kennen.",
        ],
        "questions": (
            "Zestig gezinnen doen mee.",
            "Op de kinderen die nu zelf een boek kiezen.",
            "We starten een leesclub voor ouders.",
        ),
        "quote": ("Mijn dochter vraagt elke avond om een verhaal.", "Een vader"),
        "themes": ["jongeren", "sociale-cohesie"],
    },
    {
        "key": "film",
        "title": "Eigen film over opgroeien in {place}",
        "intro": "Jongeren maakten in de filmstudio van {org} een korte film over hun dorp. De première was uitverkocht.",
        "paragraphs": [
            "Ze schreven het script, speelden zelf en leerden monteren. Vrijwilligers met filmervaring hielpen mee.",
            "De film laat zien waar jongeren trots op zijn. Scholen willen hem nu gebruiken in de les.",
        ],
        "questions": (
            "Acht jongeren maakten de film.",
            "Op de zaal vol trotse familie.",
            "We maken een serie over andere dorpen.",
        ),
        "quote": ("We hebben iets gemaakt waar we trots op zijn.", "Een jonge filmmaker"),
        "themes": ["jongeren", "digitalisering"],
    },
    {
        "key": "kerst",
        "title": "Een kerstmarkt met en door de buurt",
        "intro": "Op de kerstmarkt van {org} in {place} verkochten inwoners zelfgemaakte spullen. De opbrengst gaat naar een gezamenlijk uitje.",
        "paragraphs": [
            "Jong en oud stonden samen achter de kraampjes. Er waren kaarsen, koekjes en gebreide sjaals.",
            "Het mooiste was de gezelligheid: buren die elkaar voor het eerst spraken.",
        ],
        "questions": (
            "Vijfentwintig kramen en honderden bezoekers.",
            "Dat jongeren en ouderen samen een kraam runden.",
            "Volgend jaar doen ook de scholen mee.",
        ),
        "quote": ("Zo'n avond maakt de buurt warm.", "Een bezoeker"),
        "themes": ["sociale-cohesie", "jong-en-oud"],
    },
    {
        "key": "mantelzorg",
        "title": "Even tijd voor jezelf",
        "intro": "Vrijwilligers van {org} nemen in {place} een middag de zorg over, zodat mantelzorgers even kunnen bijtanken.",
        "paragraphs": [
            "Een mantelzorger gaat naar de kapper of fietst een rondje. Een vrijwilliger drinkt koffie met de partner thuis.",
            "Zo blijft zorgen voor een ander vol te houden. En ontstaat er een band met de vrijwilliger.",
        ],
        "questions": (
            "Veertig gezinnen krijgen elke week bezoek.",
            "Op het vertrouwen dat gezinnen ons geven.",
            "We zoeken vrijwilligers voor de avonduren.",
        ),
        "quote": ("Eindelijk weer eens een middag voor mezelf.", "Een mantelzorger"),
        "themes": ["samen-redzaamheid", "positieve-gezondheid"],
    },
]
