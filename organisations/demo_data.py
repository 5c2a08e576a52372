"""Demo profiles of member organisations, from the names and facts in ../shared/seeds.

Plain Dutch, positive framing. Contact details use example.org; no named persons.
Each entry: name, city, pitch, about (paragraphs), themes (slugs), municipalities (names),
offer, look_for, volunteers, facilities [(name, description, municipality, capacity)], partners.
"""

ORGANISATIONS = [
    {
        "name": "Humanitas Limburg",
        "city": "Roermond",
        "pitch": "Ruim 1000 vrijwilligers in Limburg die iets voor een ander willen betekenen. "
        "Wij trainen en coachen hen, zodat ze met plezier en vertrouwen aan de slag gaan.",
        "about": [
            "Bij Humanitas helpen mensen elkaar op eigen kracht verder. Een maatje om mee te wandelen, "
            "hulp bij de thuisadministratie of een luisterend oor bij een rouwgroep.",
            "Onze vrijwilligers volgen trainingen en krijgen een vaste coach. Zo groeien ze zelf ook.",
        ],
        "themes": ["samen-redzaamheid", "eenzaamheid", "nieuwe-vrijwilliger"],
        "municipalities": ["Roermond", "Venlo", "Maastricht", "Heerlen", "Sittard-Geleen", "Weert"],
        "offer": "Trainingen, een vaste coach en een fijne groep vrijwilligers om je heen.",
        "look_for": "Mensen die een paar uur per week iets voor een ander willen doen.",
        "volunteers": 1000,
        "facilities": [
            (
                "Trainingsruimte",
                "Lichte ruimte met beamer en koffie, voor trainingen tot 20 mensen.",
                "Roermond",
                20,
            ),
        ],
        "partners": ["SharePower", "Buddyzorg Limburg", "Kledingbank Limburg"],
        "lat": "51.194200",
        "lon": "5.987300",
    },
    {
        "name": "Jong Nederland Limburg",
        "city": "Roermond",
        "pitch": "Spelen, ontdekken en samen iets beleven: in alle afdelingen van Jong Nederland "
        "Limburg staat een stoerparcours waar kinderen hun grenzen verleggen.",
        "about": [
            "Jong Nederland Limburg (JongNL) verbindt tientallen lokale afdelingen in de provincie. "
            "Kinderen en jongeren beleven er elke week avonturen met elkaar.",
            "Het stoerparcours is in alle afdelingen een succes: kinderen leren durven, samenwerken en doorzetten.",
        ],
        "themes": ["vrije-tijd-jeugd", "jongeren", "nieuwe-vrijwilliger"],
        "municipalities": ["Roermond", "Leudal", "Peel en Maas", "Echt-Susteren", "Beekdaelen"],
        "offer": "Leidingteams met een warme groep, trainingen en kampweekenden.",
        "look_for": "Jongeren en ouders die een groep kinderen willen begeleiden.",
        "volunteers": 2500,
        "facilities": [
            ("Blokhut in het bos", "Ontmoetingsplek in het bos, met vuurplaats en keuken.", "Leudal", 40),
        ],
        "partners": ["Scouting Limburg", "Jeugdwerk Limburg", "SPEL Limburg"],
    },
    {
        "name": "Jongeren Netwerk Limburg",
        "city": "Maastricht",
        "pitch": "Jongeren praten mee en beslissen mee. Wij geven jonge Limburgers een stem bij "
        "gemeenten, provincie en organisaties.",
        "about": [
            "Het Jongeren Netwerk Limburg (JNL) brengt jongeren uit de hele provincie samen. "
            "Zij bedenken zelf projecten en gaan in gesprek met beleidsmakers.",
        ],
        "themes": ["jongeren", "jong-en-oud", "digitalisering"],
        "municipalities": ["Maastricht", "Sittard-Geleen", "Venlo"],
        "offer": "Ervaring met projecten, debat en vergaderen, en een netwerk voor later.",
        "look_for": "Jongeren van 15 tot 30 jaar met ideeën over hun dorp, stad of provincie.",
        "volunteers": 60,
        "facilities": [],
        "partners": ["Jong Nederland Limburg", "SharePower"],
    },
    {
        "name": "Scouting Limburg",
        "city": "Sittard",
        "pitch": "Avontuur in de buitenlucht voor kinderen en jongeren, met vrijwilligers die "
        "samen leren, spelen en groeien.",
        "about": [
            "Scoutinggroepen in heel Limburg bieden elke week uitdagende activiteiten. "
            "Jongeren krijgen verantwoordelijkheid en leren van elkaar.",
            "Onze terreinen en blokhutten delen we graag met andere organisaties.",
        ],
        "themes": ["vrije-tijd-jeugd", "jongeren", "sociale-cohesie"],
        "municipalities": ["Sittard-Geleen", "Maastricht", "Venray", "Weert", "Kerkrade"],
        "offer": "Een actieve groep, trainingen in leidinggeven en veel tijd in de natuur.",
        "look_for": "Leiding en bestuursleden, ook voor een paar uur per maand.",
        "volunteers": 1800,
        "facilities": [
            (
                "Scoutingterrein met blokhut",
                "Terrein in het bos met slaapzaal en keuken.",
                "Sittard-Geleen",
                60,
            ),
        ],
        "partners": ["Jong Nederland Limburg", "Jeugdwerk Limburg"],
    },
    {
        "name": "KBO Limburg",
        "city": "Roermond",
        "pitch": "Het netwerk van en voor senioren in Limburg: samen actief, samen ontmoeten en "
        "samen opkomen voor een fijne oude dag.",
        "about": [
            "In bijna elk Limburgs dorp is een KBO-afdeling. Leden organiseren uitstapjes, "
            "computerlessen en koffieochtenden.",
            "Ouderenadviseurs van de KBO denken mee over wonen, geld en gezondheid.",
        ],
        "themes": ["jong-en-oud", "eenzaamheid", "digitalisering"],
        "municipalities": ["Roermond", "Venlo", "Heerlen", "Weert", "Gennep", "Nederweert"],
        "offer": "Gezellige afdelingen, een opleiding tot ouderenadviseur en veel contact met leden.",
        "look_for": "Vrijwilligers die digitale vaardigheden willen delen met senioren.",
        "volunteers": 3000,
        "facilities": [],
        "partners": ["Zijactief Limburg", "Limburgse Katholieke Vrouwenbeweging"],
    },
    {
        "name": "Limburgse Katholieke Vrouwenbeweging",
        "city": "Roermond",
        "pitch": "Vrouwen ontmoeten elkaar, leren van elkaar en zetten zich samen in voor hun dorp of wijk.",
        "about": [
            "De LKV heeft afdelingen in heel Limburg. Leden organiseren lezingen, workshops en "
            "creatieve middagen, en zijn er voor elkaar.",
        ],
        "themes": ["samen-redzaamheid", "sociale-cohesie", "eenzaamheid"],
        "municipalities": ["Roermond", "Maasgouw", "Echt-Susteren", "Roerdalen"],
        "offer": "Ontmoeting, ontwikkeling en vriendschap in je eigen dorp.",
        "look_for": "Vrouwen van alle leeftijden die activiteiten willen organiseren.",
        "volunteers": 400,
        "facilities": [],
        "partners": ["KBO Limburg"],
    },
    {
        "name": "Zijactief Limburg",
        "city": "Venlo",
        "pitch": "Zijactief is dé vrouwenorganisatie voor ontmoeting en ontplooiing, dichtbij "
        "huis in heel Limburg.",
        "about": [
            "Onze afdelingen bieden een gevarieerd programma: van fietstochten tot digitale "
            "cursussen. Iedere vrouw is welkom.",
        ],
        "themes": ["sociale-cohesie", "gezondheid", "digitalisering"],
        "municipalities": ["Venlo", "Horst aan de Maas", "Venray", "Beesel"],
        "offer": "Een afdeling dichtbij, cursussen en activiteiten voor elk seizoen.",
        "look_for": "Bestuursleden en vrouwen die een activiteit willen begeleiden.",
        "volunteers": 350,
        "facilities": [],
        "partners": ["KBO Limburg", "Limburgse Katholieke Vrouwenbeweging"],
    },
    {
        "name": "SMKK",
        "city": "Heerlen",
        "pitch": "Met het project Besma komen migrantenvrouwen van 55 jaar en ouder samen: ze "
        "ontmoeten elkaar, leren van elkaar en doen volop mee.",
        "about": [
            "SMKK verbindt mensen met verschillende culturen in Limburg. Ons brede netwerk is onze kracht.",
            "In Besma vinden vrouwen van 55+ weer een plek in de buurt, met activiteiten in hun eigen taal en in het Nederlands.",
        ],
        "themes": ["eenzaamheid", "jong-en-oud", "sociale-cohesie"],
        "municipalities": ["Heerlen", "Kerkrade", "Landgraaf", "Brunssum"],
        "offer": "Werken in een hecht, meertalig team met veel waardering.",
        "look_for": "Vrijwilligers die een taal spreken naast het Nederlands.",
        "volunteers": 80,
        "facilities": [
            ("Ontmoetingsruimte", "Ruimte met keuken voor groepsbijeenkomsten.", "Heerlen", 30),
        ],
        "partners": ["Vesna", "Humanitas Limburg"],
    },
    {
        "name": "SharePower",
        "city": "Sittard",
        "pitch": "Een kweekvijver voor vrouwelijk politiek talent. Wij trainen vrouwen om mee te "
        "doen in de lokale politiek, en delen graag onze filmstudio.",
        "about": [
            "SharePower traint vrouwen in debatteren, presenteren en het lokale bestuur. "
            "Steeds meer deelnemers zitten nu in een gemeenteraad of commissie.",
            "In onze eigen filmstudio maken organisaties korte video's over hun werk.",
        ],
        "themes": ["positief-framen", "digitalisering", "samen-redzaamheid"],
        "municipalities": ["Sittard-Geleen", "Stein", "Beek", "Maastricht"],
        "offer": "Trainingen in lokale politiek en ervaring met film en presentatie.",
        "look_for": "Vrouwen die willen meepraten over hun gemeente.",
        "volunteers": 45,
        "facilities": [
            (
                "Filmstudio",
                "Studio met camera's, licht en montageplek, met begeleiding.",
                "Sittard-Geleen",
                8,
            ),
            ("Vergaderzaal", "Zaal voor overleg en kleine trainingen.", "Sittard-Geleen", 16),
        ],
        "partners": ["Humanitas Limburg"],
        "lat": "51.000900",
        "lon": "5.868700",
    },
    {
        "name": "Buddyzorg Limburg",
        "city": "Maastricht",
        "pitch": "Sinds 2007 werken wij met positieve gezondheid: een buddy die meeleeft en "
        "meedenkt, zodat mensen weer regie voeren over hun leven.",
        "about": [
            "Onze buddy's trekken een tijd op met iemand die dat fijn vindt. Samen kijken ze "
            "naar wat goed gaat en wat iemand zelf wil.",
        ],
        "themes": ["positieve-gezondheid", "samen-redzaamheid", "eenzaamheid"],
        "municipalities": ["Maastricht", "Eijsden-Margraten", "Meerssen", "Valkenburg aan de Geul"],
        "offer": "Een training positieve gezondheid en een vaste begeleider.",
        "look_for": "Buddy's die een paar uur per week tijd hebben.",
        "volunteers": 150,
        "facilities": [],
        "partners": ["Limburg Positief Gezond", "Stichting Tijdig"],
    },
    {
        "name": "Limburg Positief Gezond",
        "city": "Heerlen",
        "pitch": "Wij maken positieve gezondheid praktisch, met een trainingsplan voor "
        "vrijwilligers en organisaties in heel Limburg.",
        "about": [
            "Positieve gezondheid gaat over veerkracht, meedoen en zingeving. Ons trainingsplan "
            "helpt vrijwilligers om het goede gesprek te voeren.",
        ],
        "themes": ["positieve-gezondheid", "gezondheid"],
        "municipalities": ["Heerlen", "Voerendaal", "Simpelveld", "Kerkrade"],
        "offer": "Trainingen in het gesprek over positieve gezondheid.",
        "look_for": "Organisaties die positieve gezondheid in hun werk willen gebruiken.",
        "volunteers": 30,
        "facilities": [],
        "partners": ["Buddyzorg Limburg", "Stichting Tijdig"],
    },
    {
        "name": "Stichting Tijdig",
        "city": "Venlo",
        "pitch": "Wij zijn expert in zingeving binnen positieve gezondheid: wat geeft jouw leven "
        "betekenis, en hoe houd je dat vast?",
        "about": [
            "Stichting Tijdig organiseert gesprekken en workshops over zingeving, voor "
            "vrijwilligers en voor iedereen die daar zin in heeft.",
        ],
        "themes": ["positieve-gezondheid", "vrije-tijd-jeugd"],
        "municipalities": ["Venlo", "Peel en Maas", "Horst aan de Maas"],
        "offer": "Verdieping, mooie gesprekken en een training als gespreksleider.",
        "look_for": "Gespreksleiders met een luisterend oor.",
        "volunteers": 25,
        "facilities": [],
        "partners": ["Buddyzorg Limburg"],
    },
    {
        "name": "Jeugdwerk Limburg",
        "city": "Roermond",
        "pitch": "Wij staan naast zo'n 100 jeugdorganisaties in Limburg: met EHBO-cursussen, "
        "hulp bij de VOG en tips om vrijwilligers te vinden en te houden.",
        "about": [
            "Jeugdwerk Limburg helpt jeugdorganisaties om veilig en met plezier te werken. "
            "Van een cursus EHBO tot een avond over het werven van nieuwe leiding.",
        ],
        "themes": ["vrije-tijd-jeugd", "nieuwe-vrijwilliger", "jongeren"],
        "municipalities": ["Roermond", "Weert", "Venlo", "Maastricht", "Heerlen", "Sittard-Geleen"],
        "offer": "Cursussen EHBO, VOG-advies en een netwerk van jeugdorganisaties.",
        "look_for": "Trainers die hun kennis willen delen met jeugdleiding.",
        "volunteers": 40,
        "facilities": [
            ("Cursuslokaal", "Lokaal met oefenmaterialen voor EHBO.", "Roermond", 24),
        ],
        "partners": ["Jong Nederland Limburg", "Scouting Limburg", "SPEL Limburg"],
    },
    {
        "name": "SPEL Limburg",
        "city": "Weert",
        "pitch": "Spelen is een recht. Wij zetten ons in voor speeltuinvrijwilligers en een goede "
        "samenwerking met hun gemeente.",
        "about": [
            "Speeltuinen draaien op vrijwilligers. SPEL brengt hen samen, deelt kennis en "
            "helpt bij het gesprek met de gemeente.",
            "Elk jaar organiseren we een samenspeeldag voor kinderen met en zonder beperking.",
        ],
        "themes": ["vrije-tijd-jeugd", "sociale-cohesie"],
        "municipalities": ["Weert", "Nederweert", "Leudal", "Maasgouw"],
        "offer": "Een netwerk van speeltuinen en hulp bij veiligheid en onderhoud.",
        "look_for": "Handige vrijwilligers en mensen die graag met kinderen spelen.",
        "volunteers": 500,
        "facilities": [
            ("Speeltuinkantine", "Kantine met terras naast de speeltuin.", "Weert", 50),
        ],
        "partners": ["Jeugdwerk Limburg"],
    },
    {
        "name": "Kledingbank Limburg",
        "city": "Geleen",
        "pitch": "Mooie kleding voor iedereen. Vrijwilligers sorteren, adviseren en zorgen voor "
        "een winkel waar je met plezier binnenloopt.",
        "about": [
            "Bij de kledingbank kiezen klanten zelf wat ze mooi vinden. Vrijwilligers groeien "
            "hier in persoonlijk leiderschap: iedereen draagt verantwoordelijkheid.",
        ],
        "themes": ["armoede", "samen-redzaamheid"],
        "municipalities": ["Sittard-Geleen", "Stein", "Beek"],
        "offer": "Een gezellig team en werk waarvan je direct het resultaat ziet.",
        "look_for": "Vrijwilligers voor sorteren, de winkel en vervoer.",
        "volunteers": 120,
        "facilities": [
            ("Opslagruimte", "Droge opslag voor kleding en spullen.", "Sittard-Geleen", None),
        ],
        "partners": ["Humanitas Limburg", "Burgerkracht Limburg"],
    },
    {
        "name": "Burgerkracht Limburg",
        "city": "Heerlen",
        "pitch": "Wij versterken de eigen kracht van Limburgers en hun initiatieven, zodat goede "
        "ideeën uit de buurt ook echt van de grond komen.",
        "about": [
            "Burgerkracht Limburg helpt bewonersinitiatieven op weg en brengt mensen met "
            "dezelfde plannen met elkaar in contact.",
        ],
        "themes": ["samen-redzaamheid", "sociale-cohesie", "positief-framen"],
        "municipalities": ["Heerlen", "Maastricht", "Venlo", "Roermond"],
        "offer": "Ervaring met initiatieven, kennis van de provincie en een breed netwerk.",
        "look_for": "Mensen met een idee voor hun buurt of dorp.",
        "volunteers": 35,
        "facilities": [],
        "partners": ["Kledingbank Limburg"],
    },
    {
        "name": "Vesna",
        "city": "Maastricht",
        "pitch": "Waar regels streng zijn, zoeken wij naar mogelijkheden. Vesna kijkt samen met "
        "vrouwen naar wat wél kan.",
        "about": [
            "Vesna werkt met vrouwen die nieuw zijn in Limburg. We zoeken naar ruimte in de "
            "regels en naar kansen om mee te doen.",
        ],
        "themes": ["samen-redzaamheid", "sociale-cohesie"],
        "municipalities": ["Maastricht", "Heerlen"],
        "offer": "Werk met betekenis in een klein, betrokken team.",
        "look_for": "Vrijwilligers die meegaan naar afspraken en helpen met taal.",
        "volunteers": 20,
        "facilities": [],
        "partners": ["SMKK"],
    },
    {
        "name": "GIPS",
        "city": "Venray",
        "pitch": "GIPS werkt aan een cultuur waarin vrijwilligers zich thuis voelen: wij passen "
        "ons aan de vrijwilliger aan, niet andersom.",
        "about": [
            "Bij GIPS kies je zelf hoe en wanneer je meedoet. Zo vinden ook jongeren en "
            "drukke werkenden een plek.",
        ],
        "themes": ["nieuwe-vrijwilliger", "jongeren"],
        "municipalities": ["Venray", "Horst aan de Maas", "Gennep"],
        "offer": "Flexibel vrijwilligerswerk, ook voor korte klussen.",
        "look_for": "Mensen die af en toe een handje willen helpen.",
        "volunteers": 90,
        "facilities": [],
        "partners": ["Jongeren Netwerk Limburg"],
    },
    {
        "name": "FAM!",
        "city": "Venlo",
        "pitch": "FAM! brengt families en buren samen. Wij geloven in samenwerken: met elkaar "
        "bereik je meer dan alleen.",
        "about": [
            "FAM! organiseert ontmoetingen voor gezinnen en verbindt hen met andere "
            "organisaties in de buurt. Samenwerken is ons vak.",
        ],
        "themes": ["sociale-cohesie", "jong-en-oud", "samen-redzaamheid"],
        "municipalities": ["Venlo", "Beesel", "Bergen (L.)"],
        "offer": "Een sterk netwerk en plezier in samenwerken.",
        "look_for": "Vrijwilligers die activiteiten voor gezinnen willen begeleiden.",
        "volunteers": 55,
        "facilities": [],
        "partners": ["Humanitas Limburg", "Huis van de Sport Limburg"],
    },
    {
        "name": "IKL",
        "city": "Roermond",
        "pitch": "Samen zorgen we voor het Limburgse landschap: hagen, poelen en boomgaarden, "
        "met vrijwilligers uit het hele dorp.",
        "about": [
            "IKL werkt met vrijwilligers aan het landschap in hun eigen omgeving. Buiten werken, "
            "met elkaar, en zien wat je samen bereikt.",
        ],
        "themes": ["gezondheid", "sociale-cohesie", "jong-en-oud"],
        "municipalities": ["Roermond", "Gulpen-Wittem", "Vaals", "Mook en Middelaar", "Roerdalen"],
        "offer": "Werken in de buitenlucht, met gereedschap en een cursus snoeien.",
        "look_for": "Natuurliefhebbers, jong en oud.",
        "volunteers": 700,
        "facilities": [
            ("Gereedschapsuitleen", "Snoeischaren, zagen en handschoenen voor groepen.", "Roermond", None),
        ],
        "partners": ["Scouting Limburg"],
    },
    {
        "name": "Huis van de Sport Limburg",
        "city": "Sittard",
        "pitch": "Sporten en bewegen voor iedereen. Wij helpen sportclubs met vrijwilligers, "
        "kennis en samenwerking in de buurt.",
        "about": [
            "Huis van de Sport Limburg werkt met sportverenigingen aan een vitale club. "
            "We koppelen clubs aan scholen, zorg en buurtorganisaties.",
        ],
        "themes": ["gezondheid", "jongeren", "nieuwe-vrijwilliger"],
        "municipalities": ["Sittard-Geleen", "Maastricht", "Heerlen", "Venlo", "Roermond"],
        "offer": "Trainingen voor bestuurders en trainers van sportclubs.",
        "look_for": "Clubs en vrijwilligers die meer mensen in beweging willen krijgen.",
        "volunteers": 60,
        "facilities": [
            (
                "Sportzaal",
                "Sportzaal met kleedkamers, in de avond te huur voor groepen.",
                "Sittard-Geleen",
                80,
            ),
        ],
        "partners": ["FAM!", "Jeugdwerk Limburg"],
    },
    {
        "name": "VKL",
        "city": "Valkenburg",
        "pitch": "VKL brengt vrijwilligers en organisaties in Zuid-Limburg samen, met een "
        "vacaturebank en een jaarlijkse vrijwilligersproeverij.",
        "about": [
            "Op de vrijwilligersproeverij maak je in een middag kennis met tien organisaties. "
            "Proef, kies en begin.",
        ],
        "themes": ["nieuwe-vrijwilliger", "sociale-cohesie"],
        "municipalities": ["Valkenburg aan de Geul", "Meerssen", "Gulpen-Wittem", "Beek"],
        "offer": "Advies over vrijwilligerswerk dat bij jou past.",
        "look_for": "Organisaties met leuke vacatures voor vrijwilligers.",
        "volunteers": 15,
        "facilities": [],
        "partners": ["Humanitas Limburg", "Huis van de Sport Limburg"],
    },
]
