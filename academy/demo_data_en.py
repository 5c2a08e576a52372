"""English versions of the academy demo content (academy/demo_data.py and the fixed texts in academy/demo.py).

COURSES_EN: course slug -> title, summary, description (HTML) and learning_goals (HTML), built the same
way academy/demo.py builds the Dutch fields (summary + a fixed practical sentence; fixed goals list).
PATHS_EN: learning path slug -> title, intro and `steps`: for every "ervaring" step, keyed by its index
in the Dutch steps list, the English title and description. `steps_by_title` gives the same keyed by the
Dutch step title. ACADEMY_INDEX_EN: the academy index page ("academie").
Organisation names, place names and session locations (Buurthuis De Linde, ...) stay as they are.
"""

ACADEMY_INDEX_EN = {
    "slug": "academie",
    "title": "Academy",
    "intro": (
        "The Volunteer Academy: courses from organisations all over Limburg, in one place. "
        "Learn something new, meet volunteers from other organisations and grow step by step."
    ),
}

# The fixed second paragraph of every demo course description, and the fixed learning goals.
DESCRIPTION_TAIL_EN = (
    "The course is practical: you practise with situations from your own volunteering "
    "and meet volunteers from other organisations."
)
LEARNING_GOALS_EN = (
    "<ul><li>You know what you can do.</li><li>You practise in real situations.</li>"
    "<li>You know people at other organisations.</li></ul>"
)

_COURSES = {
    "omgaan-met-kinderen": (
        "Working with children and young people",
        "Learn how to give children and young people room to play, learn and take part.",
    ),
    "eerste-hulp-bij-kinderen": (
        "First aid for children",
        "Know what to do with a graze, a sprained ankle or a child who feels unwell.",
    ),
    "vog-aanvragen": (
        "Requesting a VOG (certificate of conduct) for your volunteers",
        "Step by step, arrange a free Certificate of Conduct (VOG) for your volunteers.",
    ),
    "positieve-gezondheid-basis": (
        "Positive health: the basics",
        "The conversation about what matters to someone in life, with the 'spider web' as a tool.",
    ),
    "positieve-gezondheid-verdieping": (
        "Positive health: going deeper",
        "Practise conversations about resilience and meaning in life, with cases from your own organisation.",
    ),
    "vrijwilligers-werven": (
        "Finding and keeping volunteers",
        "Find new volunteers who suit your organisation, and make sure they are happy to stay.",
    ),
    "politiek-actief": (
        "Getting active in local politics",
        "Discover how the town council works and how to make your voice heard, in the council or outside it.",
    ),
    "presenteren-voor-de-camera": (
        "Presenting on camera",
        "Tell your story on screen, in the SharePower film studio.",
    ),
    "digitale-vaardigheden": (
        "Digital skills for volunteers",
        "Working with email, a shared calendar and video calls, at your own pace.",
    ),
    "veilig-online": (
        "Staying safe online",
        "Recognise fake messages and protect your data and that of the people you work with.",
    ),
    "buddy-worden": (
        "Becoming a buddy",
        "Be a buddy for someone who is on their own for a while: listening and doing things together.",
    ),
    "eenzaamheid-herkennen": (
        "Recognising loneliness and talking about it",
        "Recognising the signs and starting the conversation, without judging and with real attention.",
    ),
    "positief-framen": (
        "Talking positively about your organisation",
        "Write about your work in words that make people stronger, not smaller.",
    ),
    "verhalen-schrijven": (
        "Writing stories for the website",
        "From conversation to story: where is someone now, what are they proud of, where are they heading?",
    ),
    "spelbegeleider": (
        "Play leader at the playground",
        "Coming up with games and leading them, safely and with fun for all children.",
    ),
    "scouting-leiding": (
        "Starter course for Scout leaders",
        "Everything for your first year as a leader: planning a programme, safety and working together.",
    ),
    "kamp-organiseren": (
        "Organising a camp",
        "Planning, budget and safety for an unforgettable summer camp.",
    ),
    "jongeren-betrekken": (
        "Involving young people in your organisation",
        "How do you give young people a real voice? Practical methods from the network.",
    ),
    "generaties-verbinden": (
        "Bringing generations together",
        "Activities where young and old learn from each other, from cooking café to digital café.",
    ),
    "gastvrouw-ontmoetingsgroep": (
        "Hosting a social group",
        "Creating a warm meeting place where everyone feels welcome.",
    ),
    "vrouwen-in-beweging": (
        "Getting active together with women aged 55+",
        "Lead group activities for women with a migration background, as in the Besma project.",
    ),
    "zingeving-in-gesprek": (
        "Talking about meaning in life",
        "Having conversations about what makes life valuable, also when life changes.",
    ),
    "kledingbank-vrijwilliger": (
        "Getting started at the clothing bank",
        "Welcoming customers warmly and running a shop together where everyone can go shopping.",
    ),
    "geldzaken-bespreken": (
        "Talking about money matters",
        "Having the conversation about making ends meet with respect, and knowing where to find help.",
    ),
    "sport-en-bewegen": (
        "Sport and exercise for everyone",
        "Setting up exercise activities that are fun for all ages and levels.",
    ),
    "vergaderen-met-plezier": (
        "Enjoyable meetings",
        "Short, cheerful meetings that get decisions made, for boards of volunteer organisations.",
    ),
    "bestuurder-worden": (
        "Becoming a board member",
        "What does a board do, and how do you grow as a volunteer into a board role?",
    ),
    "welkom-nieuwkomers": (
        "Welcoming newcomers",
        "Helping new residents of Limburg find their way in the neighbourhood and in volunteering.",
    ),
}

COURSES_EN = {
    slug: {
        "title": title,
        "summary": summary,
        "description": f"<p>{summary}</p><p>{DESCRIPTION_TAIL_EN}</p>",
        "learning_goals": LEARNING_GOALS_EN,
    }
    for slug, (title, summary) in _COURSES.items()
}

PATHS_EN = {
    "van-scout-tot-leiding": {
        "title": "From participant to leader",
        "intro": "For young people who want to grow: from helping at the playground to being a Scout leader.",
        "steps": {
            1: {
                "title": "A summer as a play leader at the playground",
                "description": "Join in on at least ten afternoons; SPEL confirms this.",
            },
        },
    },
    "samen-tegen-eenzaamheid": {
        "title": "Together against loneliness",
        "intro": "For anyone who wants to make a difference for people who are on their own.",
        "steps": {
            3: {
                "title": "Three months as a buddy",
                "description": "Be someone's buddy for three months; Buddyzorg confirms this.",
            },
        },
    },
    "van-vrijwilliger-tot-bestuurder": {
        "title": "From volunteer to board member",
        "intro": "Grow into a role where you help set the direction of your organisation.",
        "steps": {
            2: {
                "title": "Six months as a project coordinator",
                "description": "Run a project together with an experienced coordinator.",
            },
        },
    },
    "digitaal-en-verbonden": {
        "title": "Digital and connected",
        "intro": "For older people who want to help others find their way in the digital world.",
        "steps": {
            2: {
                "title": "Three months as a volunteer at the digital café",
                "description": "Help out one morning every week; KBO confirms this.",
            },
        },
    },
}

# Dutch experience-step title -> English title and description (same content as PATHS_EN[...]["steps"]).
STEPS_BY_TITLE_EN = {
    "Een zomer spelbegeleider op de speeltuin": PATHS_EN["van-scout-tot-leiding"]["steps"][1],
    "Drie maanden buddy": PATHS_EN["samen-tegen-eenzaamheid"]["steps"][3],
    "Een half jaar coördinator van een project": PATHS_EN["van-vrijwilliger-tot-bestuurder"]["steps"][2],
    "Drie maanden vrijwilliger in het digicafé": PATHS_EN["digitaal-en-verbonden"]["steps"][2],
}
