"""English versions of stories/demo_data.py STORY_TEMPLATES, keyed by template key.

Same fields as the Dutch templates (title, intro, paragraphs, questions, quote); `{org}` and
`{place}` are filled in the same way. Themes are not repeated: take them from the Dutch template.
"""

STORY_TEMPLATES_EN = {
    "stoerparcours": {
        "title": "An adventure course in {place}",
        "intro": "Children climb, scramble and cheer each other on. The adventure course by {org} shows how brave they are.",
        "paragraphs": [
            "On a Saturday morning, volunteers from {org} in {place} build a course of ropes, beams and tyres. An hour later, forty children are ready to go.",
            "Anyone who hesitates gets a helping hand from another child. This way they learn to be brave and to work together, and they take that with them to school.",
        ],
        "questions": (
            "Every month we build a new course, with help from parents.",
            "That children help each other, without anyone asking them to.",
            "Next year we also want to bring the course to primary schools.",
        ),
        "quote": ("I thought I couldn't do it, but I made it to the top!", "A ten-year-old participant"),
    },
    "samenspeeldag": {
        "title": "Play Together Day: everyone joins in",
        "intro": "Children with and without disabilities played together for a whole day in {place}. {org} brought clubs and parents together.",
        "paragraphs": [
            "The Play Together Day started as an idea from a few group leaders. Now clubs from across the region take part.",
            "The games are adapted so that everyone can join in. Children who did not know each other went home as friends.",
        ],
        "questions": (
            "Five clubs now organise the day together.",
            "The smiles of children meeting each other for the first time.",
            "We would like to hold two Play Together Days a year.",
        ),
        "quote": ("Here nobody looks at what you can't do.", "A leader from the club"),
    },
    "besma": {
        "title": "Together at the table, stronger together",
        "intro": "Every two weeks, women aged 55 and over meet in {place}. Young volunteers from {org} organise the afternoons.",
        "paragraphs": [
            "There is cooking, talking and laughing. In between, there is information about healthy living, in their own language.",
            "The young volunteers learn a lot from the older women's stories. This builds a bond between two generations.",
        ],
        "questions": (
            "Twenty women come every two weeks.",
            "That the women now suggest topics themselves.",
            "We want to start a second group in another neighbourhood.",
        ),
        "quote": ("I have found new friends here.", "A participant"),
    },
    "politiek-talent": {
        "title": "Women step into the town council",
        "intro": "Over a series of evenings, women in {place} discovered what they have to offer in local politics. {org} provided the training.",
        "paragraphs": [
            "Speaking in public, writing a proposal, building a network: it was all covered.",
            "Three participants are now on an election list. The others use what they learned in their club or at work.",
        ],
        "questions": (
            "Twelve women took the training.",
            "That they keep supporting each other, even after the last evening.",
            "A new group starts in the spring.",
        ),
        "quote": ("I didn't know my experience was worth so much.", "A participant"),
    },
    "maatje": {
        "title": "A buddy to go walking with",
        "intro": "A volunteer and a resident of {place} go for a walk together every week. {org} brought them together.",
        "paragraphs": [
            "It started with a cup of coffee. Now they walk around the park every Tuesday and talk about everything.",
            "For both of them, the walk has become a fixed moment in the week. The volunteer gets just as much out of it.",
        ],
        "questions": (
            "Fifty pairs now go walking together in the region.",
            "The friendships that grow.",
            "We are looking for even more people who enjoy walking.",
        ),
        "quote": ("I look forward to Tuesday all week.", "A walker from the neighbourhood"),
    },
    "repair-digitaal": {
        "title": "Digital café: discovering the smartphone together",
        "intro": "Young people help older people in {place} with their phones and tablets. The digital café run by {org} is full every week.",
        "paragraphs": [
            "A banking app, a video call with the grandchildren or an appointment with the GP: the questions are very varied.",
            "The young people explain things calmly and the older people share stories from the past. Everyone learns something.",
        ],
        "questions": (
            "About fifteen people come every Wednesday.",
            "That participants now help others themselves.",
            "We want to take the café to three villages.",
        ),
        "quote": ("Now I call my grandson in Spain myself.", "A visitor to the café"),
    },
    "kledingruil": {
        "title": "Clothes that get a second life",
        "intro": "At the clothing swap run by {org} in {place}, families find lovely clothes, and volunteers find a great place to be.",
        "paragraphs": [
            "Every Saturday, volunteers sort the clothes that residents bring in. Everything hangs neatly by size, just like in a shop.",
            "Visitors take their time to choose what they need. Many of them later come back as volunteers.",
        ],
        "questions": (
            "We help about a hundred families every week.",
            "The atmosphere: everyone feels welcome here.",
            "We want to set up a corner with school supplies.",
        ),
        "quote": ("My children went to school beaming.", "A mother from the neighbourhood"),
    },
    "positieve-gezondheid": {
        "title": "Talking about what really matters",
        "intro": "Using the positive health 'spider web', residents of {place} talk about what gives them energy. {org} led the conversations.",
        "paragraphs": [
            "The focus is not on complaints, but on the question: what is important to you? That leads to surprising conversations.",
            "Participants choose a small step themselves. One starts singing in a choir again, another signs up as a volunteer.",
        ],
        "questions": (
            "Ten groups have had the conversations.",
            "That people take charge themselves.",
            "We are training new conversation leaders.",
        ),
        "quote": ("I've started doing the things that make me happy again.", "A participant"),
    },
    "eerste-hulp": {
        "title": "All the leaders know what to do",
        "intro": "Volunteers from youth clubs in {place} earned their first aid certificate together. {org} arranged the course.",
        "paragraphs": [
            "A child who has fallen, a wasp sting or a bump on the head: the leaders practised it all in short, practical lessons.",
            "Clubs that hardly knew each other before now swap tips and materials.",
        ],
        "questions": (
            "Thirty leaders have their certificate.",
            "The cooperation between the clubs.",
            "Next year there will be a course on safe camping.",
        ),
        "quote": ("I feel much more confident at camp.", "A leader"),
    },
    "jongerenstem": {
        "title": "Young people have their say about their village",
        "intro": "A group of young people from {place} advised the municipality on a new meeting place. {org} brought them together.",
        "paragraphs": [
            "The young people asked others their age for their views and made a plan with drawings and a budget.",
            "The alderman came to listen in person. Part of the plan will be carried out this year.",
        ],
        "questions": (
            "Fifteen young people shared their ideas.",
            "That people really listened to us.",
            "We want a permanent youth council.",
        ),
        "quote": ("We showed what young people can do.", "A young person from the group"),
    },
    "buurttuin": {
        "title": "A community garden where everyone harvests",
        "intro": "On an empty plot in {place}, vegetables and friendships are now growing. Volunteers from {org} set up the garden.",
        "paragraphs": [
            "Neighbours of all ages work together in the garden. Those who cannot dig make the coffee or share recipes.",
            "The harvest is shared. Once a month, the neighbours cook a meal together in the community centre.",
        ],
        "questions": (
            "Thirty neighbours have a task in the garden.",
            "That people who did not know each other now eat together.",
            "We are building a greenhouse with the primary school.",
        ),
        "quote": ("The garden has become the heart of the street.", "A local resident"),
    },
    "nieuwe-vrijwilligers": {
        "title": "A taste of volunteering",
        "intro": "At the volunteering taster day by {org} in {place}, newcomers tried joining in for an afternoon.",
        "paragraphs": [
            "No forms, just an afternoon of joining in. This way, visitors discovered what suits them.",
            "One in three visitors stayed on. Some of them now bring new volunteers along themselves.",
        ],
        "questions": (
            "Forty people came to have a taste.",
            "The new, young volunteers.",
            "We hold two taster days a year.",
        ),
        "quote": ("I didn't know it was so much fun and so easy.", "A new volunteer"),
    },
    "zingeving": {
        "title": "Room for a good conversation",
        "intro": "In discussion groups run by {org} in {place}, people talk about what gives their life meaning.",
        "paragraphs": [
            "Around a table with tea, participants share what is on their minds: work, family, saying goodbye, new plans.",
            "The group listens without judging. Many participants find peace and new courage there.",
        ],
        "questions": (
            "Three groups meet every month.",
            "The trust within the group.",
            "We are training new discussion leaders.",
        ),
        "quote": ("I feel heard.", "A participant"),
    },
    "speeltuin": {
        "title": "A playground by and for the neighbourhood",
        "intro": "Playground volunteers from {org} in {place} held a DIY day. Parents, children and neighbours came to help.",
        "paragraphs": [
            "The swing got a new coat of paint, and a bench in the shade was added for grandparents.",
            "Afterwards there was a barbecue. The playground is once again the meeting point of the neighbourhood.",
        ],
        "questions": (
            "Twenty regular volunteers keep the playground open.",
            "All the people who spontaneously came to help.",
            "We want to create a natural play area.",
        ),
        "quote": ("This is where children get to know each other.", "A playground volunteer"),
    },
    "kennis-delen": {
        "title": "Organisations learn from each other",
        "intro": "One morning in {place}, volunteers from different organisations shared what works. {org} was the host.",
        "paragraphs": [
            "One association explained how it got young people onto its board. Another showed how it reaches older people.",
            "Everyone went home with an idea to try out, and with new contacts.",
        ],
        "questions": (
            "Ten organisations took part.",
            "That we now know each other's strengths better.",
            "We organise a morning like this twice a year.",
        ),
        "quote": ("You can't do it alone, and you don't have to.", "A board member"),
    },
    "kookclub": {
        "title": "Cooking with what the season brings",
        "intro": "A cooking club run by {org} in {place} teaches healthy, low-cost cooking, and above all: eating together.",
        "paragraphs": [
            "Every week a participant chooses a recipe. The group cooks together and shares tips.",
            "Children join in at the end. This way the cooking club becomes a small family.",
        ],
        "questions": (
            "Twelve budding cooks, every week.",
            "The recipe booklet we made together.",
            "We want to cook with the primary school.",
        ),
        "quote": ("I cook with fresh food more often now, and it tastes great too.", "A participant"),
    },
    "voorlezen": {
        "title": "Reading aloud in two languages",
        "intro": "Volunteers from {org} in {place} read aloud to children, in Dutch and in their home language.",
        "paragraphs": [
            "Parents listen in and carry on reading at home. The library provides the books.",
            "Children grow in their language skills, and parents get to know the library.",
        ],
        "questions": (
            "Sixty families take part.",
            "The children who now choose a book themselves.",
            "We are starting a reading club for parents.",
        ),
        "quote": ("My daughter asks for a story every evening.", "A father"),
    },
    "film": {
        "title": "Their own film about growing up in {place}",
        "intro": "Young people made a short film about their village in the film studio of {org}. The premiere was sold out.",
        "paragraphs": [
            "They wrote the script, acted in it themselves and learned how to edit. Volunteers with film experience helped out.",
            "The film shows what young people are proud of. Schools now want to use it in their lessons.",
        ],
        "questions": (
            "Eight young people made the film.",
            "The room full of proud family members.",
            "We are making a series about other villages.",
        ),
        "quote": ("We made something we're proud of.", "A young filmmaker"),
    },
    "kerst": {
        "title": "A Christmas market with and by the neighbourhood",
        "intro": "At the Christmas market run by {org} in {place}, residents sold things they had made themselves. The money raised goes to a shared outing.",
        "paragraphs": [
            "Young and old stood side by side behind the stalls. There were candles, biscuits and knitted scarves.",
            "The best part was the friendly atmosphere: neighbours talking to each other for the first time.",
        ],
        "questions": (
            "Twenty-five stalls and hundreds of visitors.",
            "That young and older people ran a stall together.",
            "Next year the schools will join in too.",
        ),
        "quote": ("An evening like this warms up the whole neighbourhood.", "A visitor"),
    },
    "mantelzorg": {
        "title": "A little time for yourself",
        "intro": "Volunteers from {org} in {place} take over the care for an afternoon, so that family carers can recharge.",
        "paragraphs": [
            "A carer goes to the hairdresser or for a bike ride. A volunteer has coffee with their partner at home.",
            "This way, caring for someone else stays manageable. And a bond grows with the volunteer.",
        ],
        "questions": (
            "Forty families receive a visit every week.",
            "The trust that families place in us.",
            "We are looking for volunteers for the evenings.",
        ),
        "quote": ("Finally an afternoon for myself again.", "A family carer"),
    },
}
