"""Generator of the i18ncheck held-out set 3: `python3 benchmarks/heldout3/make.py` rewrites cases/,
gold.jsonl and index.json next to this file (deterministic: fixed seed).

The articles below were written for this set, independently of the dev benchmark, of the first
held-out set and of i18ncheck itself. Only the generator code was taken over from
benchmarks/heldout/make.py. The focus of this set is names: people (full name first, then the
surname, a pronoun or a job title), Ukrainian and Russian first-name forms, foreign names
transliterated differently in uk and ru, places with adjectives and demonyms, organisations with
acronyms or written in lower case in one edition, Latin brand names inside Cyrillic text, names in
quotes and translated titles.

Every article is a list of paragraphs; every paragraph a list of gold sentences; every gold
sentence a tuple (uk, en, ru[, layout]). A gold sentence is one unit of meaning: where a
translator split it into two sentences, both halves sit in the same string. The optional
layout dict moves paragraph breaks in some editions only:
  {"brk": "ru"}   in ru, start a new paragraph at this sentence (it is mid-paragraph elsewhere)
  {"join": "uk"}  in uk, this sentence (first of its paragraph) continues the previous paragraph
SWAPS lists, per article, real same-kind replacements for names, in the grammatical form in
which each name appears in the text (used only by make.py to inject entity errors). The fourth
element of each entry says what kind of swap it is: person (another person), similar (a
similar-looking name), first (first name changed, surname kept), place (city, country, region,
street...), nationality (adjective or demonym), acronym, name (brand, company, party, product).
Unlike the first held-out set, entity errors draw their swap kind from a shuffled deck, so that
the injected entity errors cover all these kinds rather than mostly places.
The stories are synthetic news written for testing; they are not factual reports.
"""

NB = "\u00a0"  # no-break space, as many newsrooms type it inside numbers

ARTICLES = {}
SWAPS = {}

# --------------------------------------------------------------------------- 1
ARTICLES["tennis-strasbourg"] = [
    [("Світоліна виграла турнір у Страсбурзі, здолавши у фіналі Остапенко",
      "Svitolina wins Strasbourg title, beating Ostapenko in the final",
      "Свитолина выиграла турнир в Страсбурге, обыграв в финале Остапенко")],
    [("Українська тенісистка Еліна Світоліна в суботу, 24 травня, виграла турнір WTA 500 Internationaux de Strasbourg у Франції.",
      "Ukrainian tennis player Elina Svitolina won the WTA 500 Internationaux de Strasbourg in France on Saturday, May 24.",
      "Украинская теннисистка Элина Свитолина в субботу, 24 мая, выиграла турнир WTA 500 Internationaux de Strasbourg во Франции."),
     ("У фіналі вона перемогла латвійку Олену Остапенко з рахунком 6:4, 3:6, 7:5, а матч тривав 2 години 41 хвилину.",
      "In the final she beat Latvia's Jeļena Ostapenko 6-4, 3-6, 7-5 in a match lasting 2 hours and 41 minutes.",
      "В финале она победила латвийку Елену Остапенко со счетом 6:4, 3:6, 7:5. Матч длился 2 часа 41 минуту.")],
    [("Для Світоліної це 19-й титул WTA в кар’єрі та третій після повернення в тур у 2023 році.",
      "It is Svitolina's 19th career WTA title and her third since returning to the tour in 2023.",
      "Для Свитолиной это 19-й титул WTA в карьере и третий после возвращения в тур в 2023 году."),
     ("За перемогу вона отримала 142 тис. доларів призових і 500 рейтингових очок.",
      "The win earned her $142,000 in prize money and 500 ranking points.",
      "За победу украинка получила 142" + NB + "000 долларов призовых и 500 рейтинговых очков."),
     ("Остапенко, яка у 2017 році виграла Roland Garros, після матчу сказала, що суперниця «була сильнішою в ключові моменти».",
      "Ostapenko, who won Roland Garros in 2017, said after the match that her opponent \"was stronger at the key moments\".",
      "Остапенко, выигравшая Roland Garros в 2017 году, после матча сказала, что соперница «была сильнее в ключевые моменты».",
      {"brk": "en"})],
    [("У парному розряді Людмила Кіченок разом із канадкою Габріелою Дабровскі дійшла до півфіналу.",
      "In the doubles, Lyudmyla Kichenok and her Canadian partner Gabriela Dabrowski reached the semi-finals.",
      "В парном разряде Людмила Киченок вместе с канадкой Габриэлой Дабровски дошла до полуфинала."),
     ("Марта Костюк знялася з турніру ще до першого кола через травму зап’ястя.",
      "Marta Kostyuk withdrew before the first round with a wrist injury.",
      "Марта Костюк снялась с турнира еще до первого круга из-за травмы запястья.")],
    [("Наступним стартом для Світоліної стане Roland Garros у Парижі, де основна сітка стартує 25 травня.",
      "Svitolina's next event is Roland Garros in Paris, where the main draw starts on May 25.",
      "Следующим стартом для украинки станет Roland Garros в Париже, где основная сетка стартует 25 мая.",
      {"join": "ru"}),
     ("Її чоловік, французький тенісист Гаель Монфіс, привітав дружину в соцмережах, написавши, що «неймовірно пишається» нею.",
      "Her husband, French player Gaël Monfils, congratulated her on social media, writing that he was \"incredibly proud\" of her.",
      "Ее муж, французский теннисист Гаэль Монфис, поздравил супругу в соцсетях, написав, что «невероятно гордится» ею.")],
]
SWAPS["tennis-strasbourg"] = [
    ({"Еліна Світоліна": "Даяна Ястремська", "Світоліна": "Ястремська", "Світоліної": "Ястремської"},
     {"Elina Svitolina": "Dayana Yastremska", "Svitolina": "Yastremska"},
     {"Элина Свитолина": "Даяна Ястремская", "Свитолина": "Ястремская", "Свитолиной": "Ястремской"}, "person"),
    ({"Олену Остапенко": "Діану Шнайдер", "Остапенко": "Шнайдер"},
     {"Jeļena Ostapenko": "Diana Shnaider", "Ostapenko": "Shnaider"},
     {"Елену Остапенко": "Диану Шнайдер", "Остапенко": "Шнайдер"}, "person"),
    ({"Страсбурзі": "Руані"}, {"Strasbourg": "Rouen"}, {"Страсбурге": "Руане"}, "place"),
    ({"латвійку": "литовку"}, {"Latvia's": "Lithuania's"}, {"латвийку": "литовку"}, "nationality"),
    ({"Людмила Кіченок": "Надія Кіченок"}, {"Lyudmyla Kichenok": "Nadiia Kichenok"}, {"Людмила Киченок": "Надежда Киченок"}, "first"),
    ({"канадкою": "американкою"}, {"Canadian": "American"}, {"канадкой": "американкой"}, "nationality"),
    ({"Марта Костюк": "Ангеліна Калініна"}, {"Marta Kostyuk": "Anhelina Kalinina"}, {"Марта Костюк": "Ангелина Калинина"}, "person"),
    ({"Парижі": "Ліоні"}, {"Paris": "Lyon"}, {"Париже": "Лионе"}, "place"),
    ({"французький": "бельгійський"}, {"French": "Belgian"}, {"французский": "бельгийский"}, "nationality"),
    ({"Гаель Монфіс": "Рішар Гаске"}, {"Gaël Monfils": "Richard Gasquet"}, {"Гаэль Монфис": "Ришар Гаске"}, "person"),
]

# --------------------------------------------------------------------------- 2
ARTICLES["greece-wildfire"] = [
    [("Лісова пожежа в Аттиці знищила понад 8 тис. гектарів",
      "Attica wildfire destroys more than 8,000 hectares",
      "Лесной пожар в Аттике уничтожил более 8 тыс. гектаров")],
    [("Масштабна лісова пожежа, що спалахнула у вівторок, 12 серпня, на північ від Афін, за добу знищила понад 8 тис. гектарів лісу та сільгоспугідь.",
      "A major wildfire that broke out north of Athens on Tuesday, August 12, destroyed more than 8,000 hectares of forest and farmland within a day.",
      "Крупный лесной пожар, вспыхнувший во вторник, 12 августа, к северу от Афин, за сутки уничтожил более 8" + NB + "000 гектаров леса и сельхозугодий."),
     ("Пожежна служба Греції повідомила, що з вогнем борються 620 пожежників, 180 машин, а також 24 літаки й гелікоптери.",
      "Greece's fire service said 620 firefighters, 180 vehicles and 24 planes and helicopters were tackling the blaze.",
      "Пожарная служба Греции сообщила, что с огнем борются 620 пожарных, 180 машин, а также 24 самолета и вертолета.")],
    [("Через сильний вітер, пориви якого сягали 70 км/год, евакуювали жителів восьми населених пунктів, зокрема Варнаваса і Марафона.",
      "Residents of eight towns and villages, including Varnavas and Marathon, were evacuated as wind gusts reached 70 km/h.",
      "Из-за сильного ветра с порывами до 70 км/ч эвакуировали жителей восьми населенных пунктов, в том числе Варнаваса и Марафона."),
     ("Прем’єр-міністр Кіріакос Міцотакіс перервав відпустку на Криті й провів нараду в штабі цивільного захисту.",
      "Prime Minister Kyriakos Mitsotakis cut short his holiday on Crete and chaired a meeting at civil protection headquarters.",
      "Премьер-министр Кириакос Мицотакис прервал отпуск на Крите и провел совещание в штабе гражданской защиты."),
     ("За його словами, щонайменше 14 будинків згоріли вщент, ще 40 пошкоджено.",
      "He said at least 14 homes had burned to the ground and 40 more had been damaged.",
      "По словам премьера, по меньшей мере 14 домов сгорели дотла, еще 40 повреждены.",
      {"brk": "uk"})],
    [("Греція задіяла механізм rescEU, і вже в середу Італія та Іспанія направили по два літаки-амфібії Canadair.",
      "Greece activated the EU's rescEU mechanism, and on Wednesday Italy and Spain each sent two Canadair water bombers.",
      "Греция задействовала механизм rescEU, и уже в среду Италия и Испания направили по два самолета-амфибии Canadair."),
     ("Ще 60 пожежників прибули з Румунії, а Кіпр надіслав два гелікоптери.",
      "Another 60 firefighters arrived from Romania, and Cyprus sent two helicopters.",
      "Еще 60 пожарных прибыли из Румынии, а Кипр прислал два вертолета."),
     ("Україна запропонувала направити до Греції 50 рятувальників ДСНС, повідомило МЗС.",
      "Ukraine offered to send 50 rescuers from its State Emergency Service to Greece, the foreign ministry said.",
      "Украина предложила направить в Грецию 50 спасателей ГСЧС, сообщил МИД.")],
    [("Речник пожежної служби Василіс Кацікас сказав, що ситуацію ускладнює посуха: з червня в Аттиці випало менше 5 мм опадів.",
      "Fire service spokesman Vasilis Katsikas said drought was making things worse, with less than 5 mm of rain in Attica since June.",
      "Представитель пожарной службы Василис Кацикас сказал, что ситуацию усугубляет засуха: с июня в Аттике выпало менее 5 мм осадков."),
     ("Торік, за даними Єврокомісії, у Греції згоріло 44 тис. гектарів.",
      "Last year, according to the European Commission, 44,000 hectares burned in Greece.",
      "В прошлом году, по данным Еврокомиссии, в Греции сгорело 44 тыс. гектаров.",
      {"join": "en"})],
]
SWAPS["greece-wildfire"] = [
    ({"Аттиці": "Пелопоннесі"}, {"Attica": "Peloponnese"}, {"Аттике": "Пелопоннесе"}, "place"),
    ({"Афін": "Салонік"}, {"Athens": "Thessaloniki"}, {"Афин": "Салоник"}, "place"),
    ({"Греції": "Кіпру"}, {"Greece's": "Cyprus's", "Greece": "Cyprus"}, {"Греции": "Кипра"}, "place"),
    ({"Марафона": "Рафіни"}, {"Marathon": "Rafina"}, {"Марафона": "Рафины"}, "place"),
    ({"Кіріакос Міцотакіс": "Константінос Міцотакіс"}, {"Kyriakos Mitsotakis": "Konstantinos Mitsotakis"},
     {"Кириакос Мицотакис": "Константинос Мицотакис"}, "first"),
    ({"Криті": "Родосі"}, {"Crete": "Rhodes"}, {"Крите": "Родосе"}, "place"),
    ({"Італія": "Франція"}, {"Italy": "France"}, {"Италия": "Франция"}, "place"),
    ({"Іспанія": "Хорватія"}, {"Spain": "Croatia"}, {"Испания": "Хорватия"}, "place"),
    ({"Румунії": "Болгарії"}, {"Romania": "Bulgaria"}, {"Румынии": "Болгарии"}, "place"),
    ({"Василіс Кацікас": "Василіс Кацарос"}, {"Vasilis Katsikas": "Vasilis Katsaros"}, {"Василис Кацикас": "Василис Кацарос"}, "similar"),
    ({"Єврокомісії": "ООН"}, {"European Commission": "UN"}, {"Еврокомиссии": "ООН"}, "name"),
]

# --------------------------------------------------------------------------- 3
ARTICLES["us-chips-sentence"] = [
    [("Суд у Нью-Йорку засудив бізнесмена до 8 років за постачання мікросхем у Росію",
      "New York court sentences businessman to 8 years for supplying microchips to Russia",
      "Суд в Нью-Йорке приговорил бизнесмена к 8 годам за поставки микросхем в Россию")],
    [("Федеральний суд Південного округу Нью-Йорка в четвер, 6 березня, засудив 47-річного Аркадія Мельникова до 8 років ув’язнення.",
      "A federal court in the Southern District of New York on Thursday, March 6, sentenced Arkady Melnikov, 47, to 8 years in prison.",
      "Федеральный суд Южного округа Нью-Йорка в четверг, 6 марта, приговорил 47-летнего Аркадия Мельникова к 8 годам заключения."),
     ("Громадянина США російського походження визнали винним у змові з метою обходу експортного контролю та у відмиванні грошей.",
      "The Russian-born US citizen had been found guilty of conspiring to evade export controls and of money laundering.",
      "Гражданина США российского происхождения признали виновным в сговоре с целью обхода экспортного контроля и в отмывании денег.")],
    [("За даними Міністерства юстиції США, у 2022–2024 роках його компанія Aurora Trade Systems переправила до Росії електронних компонентів на 27 млн доларів.",
      "According to the US Justice Department, in 2022–2024 his company, Aurora Trade Systems, shipped $27 million worth of electronic components to Russia.",
      "По данным Минюста США, в 2022–2024 годах его компания Aurora Trade Systems переправила в Россию электронных компонентов на 27 млн долларов."),
     ("Вантажі йшли через посередників у Гонконзі та Туреччині, а кінцевими покупцями в документах значилися фірми з Казахстану.",
      "The shipments went through intermediaries in Hong Kong and Turkey, with companies in Kazakhstan listed as the end users.",
      "Грузы шли через посредников в Гонконге и Турции, а конечными покупателями в документах значились фирмы из Казахстана."),
     ("Слідство встановило, що частину мікросхем виробництва Texas Instruments і Analog Devices згодом знайшли в уламках російських дронів «Ланцет».",
      "Investigators found that some of the chips, made by Texas Instruments and Analog Devices, later turned up in the wreckage of Russian Lancet drones.",
      "Следствие установило, что часть микросхем производства Texas Instruments и Analog Devices позже обнаружили в обломках российских дронов «Ланцет».",
      {"brk": "ru"})],
    [("Суддя Кетрін Поллард також постановила конфіскувати 4,2 млн доларів і будинок підсудного в Брукліні.",
      "Judge Katherine Pollard also ordered the forfeiture of $4.2 million and the defendant's house in Brooklyn.",
      "Судья Кэтрин Поллард также постановила конфисковать 4,2 млн долларов и дом подсудимого в Бруклине."),
     ("Прокурори вимагали 12 років, але суд урахував, що Мельников співпрацював зі слідством.",
      "Prosecutors had sought 12 years, but the court took into account that Melnikov had cooperated with investigators.",
      "Прокуроры требовали 12 лет, но суд учел, что Мельников сотрудничал со следствием."),
     ("Його спільниця, 39-річна Інна Гордєєва, отримала 3 роки.",
      "His associate Inna Gordeeva, 39, was sentenced to three years.",
      "Его сообщница, 39-летняя Инна Гордеева, получила 3 года.")],
    [("Після оголошення вироку Мін’юст заявив, що з 2022 року за порушення санкцій проти Росії у США висунули звинувачення понад 70 особам.",
      "After the sentencing, the justice department said more than 70 people had been charged in the US with breaking sanctions on Russia since 2022.",
      "После оглашения приговора Минюст заявил, что с 2022 года за нарушение санкций против России в США предъявили обвинения более чем 70 лицам."),
     ("Адвокат засудженого Джошуа Фельдман сказав журналістам, що його клієнт оскаржить вирок в Апеляційному суді другого округу.",
      "Melnikov's lawyer, Joshua Feldman, told reporters his client would appeal to the Second Circuit Court of Appeals.",
      "Адвокат осужденного Джошуа Фельдман сказал журналистам, что его клиент обжалует приговор в Апелляционном суде второго округа.",
      {"join": "uk"})],
]
SWAPS["us-chips-sentence"] = [
    ({"Аркадія Мельникова": "Аркадія Мельника", "Мельников": "Мельник"},
     {"Arkady Melnikov": "Arkady Melnik", "Melnikov": "Melnik"},
     {"Аркадия Мельникова": "Аркадия Мельника", "Мельников": "Мельник"}, "similar"),
    ({"російського": "білоруського"}, {"Russian-born": "Belarusian-born"}, {"российского": "белорусского"}, "nationality"),
    ({"Росії": "Ірану", "Росію": "Іран"}, {"Russia": "Iran"}, {"Россию": "Иран", "России": "Ирана"}, "place"),
    ({"Гонконзі": "Сінгапурі"}, {"Hong Kong": "Singapore"}, {"Гонконге": "Сингапуре"}, "place"),
    ({"Туреччині": "ОАЕ"}, {"Turkey": "the UAE"}, {"Турции": "ОАЭ"}, "place"),
    ({"Казахстану": "Киргизстану"}, {"Kazakhstan": "Kyrgyzstan"}, {"Казахстана": "Киргизии"}, "place"),
    ({"Texas Instruments": "Microchip Technology"}, {"Texas Instruments": "Microchip Technology"},
     {"Texas Instruments": "Microchip Technology"}, "name"),
    ({"«Ланцет»": "«Гербера»"}, {"Lancet": "Gerbera"}, {"«Ланцет»": "«Гербера»"}, "name"),
    ({"Кетрін Поллард": "Кетрін Поллак"}, {"Katherine Pollard": "Katherine Pollack"}, {"Кэтрин Поллард": "Кэтрин Поллак"}, "similar"),
    ({"Брукліні": "Квінсі"}, {"Brooklyn": "Queens"}, {"Бруклине": "Квинсе"}, "place"),
    ({"Інна Гордєєва": "Ірина Гордєєва"}, {"Inna Gordeeva": "Irina Gordeeva"}, {"Инна Гордеева": "Ирина Гордеева"}, "first"),
    ({"Джошуа Фельдман": "Джошуа Фрідман"}, {"Joshua Feldman": "Joshua Friedman"}, {"Джошуа Фельдман": "Джошуа Фридман"}, "similar"),
]

# --------------------------------------------------------------------------- 4
ARTICLES["japan-quake"] = [
    [("Землетрус магнітудою 7,1 стався біля узбережжя префектури Міяґі",
      "Magnitude 7.1 earthquake strikes off Miyagi prefecture",
      "Землетрясение магнитудой 7,1 произошло у побережья префектуры Мияги")],
    [("Потужний землетрус магнітудою 7,1 стався пізно ввечері в понеділок, 17 листопада, біля тихоокеанського узбережжя Японії.",
      "A powerful magnitude 7.1 earthquake struck off Japan's Pacific coast late on Monday, November 17.",
      "Мощное землетрясение магнитудой 7,1 произошло поздно вечером в понедельник, 17 ноября, у тихоокеанского побережья Японии."),
     ("За даними Японського метеорологічного агентства, епіцентр був за 60 км від міста Ісіномакі на глибині 40 км.",
      "The Japan Meteorological Agency said the epicentre was 60 km from the city of Ishinomaki, at a depth of 40 km.",
      "По данным Японского метеорологического агентства, эпицентр находился в 60 км от города Исиномаки на глубине 40 км.")],
    [("Агентство оголосило попередження про цунамі заввишки до 1 метра для префектур Міяґі та Івате, але через дві години скасувало його.",
      "The JMA issued a warning of tsunami waves up to 1 metre high for Miyagi and Iwate prefectures and lifted it two hours later.",
      "Агентство объявило предупреждение о цунами высотой до 1 метра для префектур Мияги и Иватэ. Через два часа его отменили."),
     ("У Сендаї та сусідніх містах без світла залишилися близько 94 тис. домогосподарств.",
      "About 94,000 households in Sendai and nearby towns lost power.",
      "В Сендае и соседних городах без света остались около 94" + NB + "000 домохозяйств."),
     ("Компанія Tohoku Electric Power повідомила, що на АЕС «Онаґава» відхилень від норми не виявили.",
      "Tohoku Electric Power said no abnormalities had been found at the Onagawa nuclear plant.",
      "Компания Tohoku Electric Power сообщила, что на АЭС «Онагава» отклонений от нормы не выявлено.",
      {"brk": "en"})],
    [("Прем’єр-міністерка Санае Такаїті заявила, що уряд створив кризовий штаб, і закликала мешканців узбережжя не повертатися додому до ранку.",
      "Prime Minister Sanae Takaichi said the government had set up a crisis task force and urged coastal residents not to return home until morning.",
      "Премьер-министр Санаэ Такаити заявила, что правительство создало кризисный штаб, и призвала жителей побережья не возвращаться домой до утра."),
     ("Генеральний секретар кабміну Мінору Кіхара повідомив про 23 постраждалих, більшість із яких дістали легкі травми.",
      "Chief Cabinet Secretary Minoru Kihara said 23 people had been injured, most of them lightly.",
      "Генеральный секретарь кабмина Минору Кихара сообщил о 23 пострадавших, большинство из которых получили легкие травмы."),
     ("Рух швидкісних потягів «Сінкансен» між Токіо та Моріокою зупинили на всю ніч.",
      "Shinkansen bullet train services between Tokyo and Morioka were suspended overnight.",
      "Движение скоростных поездов «Синкансэн» между Токио и Мориокой остановили на всю ночь.")],
    [("У березні 2011 року землетрус магнітудою 9,0 у цьому ж регіоні спричинив цунамі, яке забрало життя понад 18 тис. людей.",
      "In March 2011, a magnitude 9.0 earthquake in the same region triggered a tsunami that killed more than 18,000 people.",
      "В марте 2011 года землетрясение магнитудой 9,0 в этом же регионе вызвало цунами, унесшее жизни более 18 тыс. человек."),
     ("Посольство України в Токіо повідомило, що серед постраждалих громадян України немає.",
      "Ukraine's embassy in Tokyo said no Ukrainian citizens were among the injured.",
      "Посольство Украины в Токио сообщило, что граждан Украины среди пострадавших нет.",
      {"brk": "ru"})],
]
SWAPS["japan-quake"] = [
    ({"Міяґі": "Фукусіма"}, {"Miyagi": "Fukushima"}, {"Мияги": "Фукусима"}, "place"),
    ({"Ісіномакі": "Кесеннума"}, {"Ishinomaki": "Kesennuma"}, {"Исиномаки": "Кэсэннума"}, "place"),
    ({"Івате": "Аоморі"}, {"Iwate": "Aomori"}, {"Иватэ": "Аомори"}, "place"),
    ({"Сендаї": "Акіті"}, {"Sendai": "Akita"}, {"Сендае": "Аките"}, "place"),
    ({"Tohoku Electric Power": "Tokyo Electric Power"}, {"Tohoku Electric Power": "Tokyo Electric Power"},
     {"Tohoku Electric Power": "Tokyo Electric Power"}, "name"),
    ({"«Онаґава»": "«Фукусіма-2»"}, {"Onagawa": "Fukushima Daini"}, {"«Онагава»": "«Фукусима-2»"}, "name"),
    ({"Санае Такаїті": "Сіґеру Ісіба"}, {"Sanae Takaichi": "Shigeru Ishiba"}, {"Санаэ Такаити": "Сигэру Исиба"}, "person"),
    ({"Мінору Кіхара": "Йосімаса Хаясі"}, {"Minoru Kihara": "Yoshimasa Hayashi"}, {"Минору Кихара": "Ёсимаса Хаяси"}, "person"),
    ({"Моріокою": "Аоморі"}, {"Morioka": "Aomori"}, {"Мориокой": "Аомори"}, "place"),
    ({"України": "Польщі"}, {"Ukraine's": "Poland's", "Ukrainian": "Polish"}, {"Украины": "Польши"}, "place"),
]

# --------------------------------------------------------------------------- 5
ARTICLES["moldova-election"] = [
    [("Партія Маї Санду отримала більшість на парламентських виборах у Молдові",
      "Maia Sandu's party wins majority in Moldova's parliamentary election",
      "Партия Майи Санду получила большинство на парламентских выборах в Молдавии")],
    [("Проєвропейська Партія «Дія і солідарність» (PAS) набрала 49,8 % голосів на виборах у неділю, 28 вересня, повідомила Центральна виборча комісія.",
      "The pro-European Party of Action and Solidarity (PAS) won 49.8% of the vote in the election held on Sunday, September 28, the Central Electoral Commission said.",
      "Проевропейская партия «Действие и солидарность» (PAS) набрала 49,8% голосов на выборах в воскресенье, 28 сентября, сообщила Центральная избирательная комиссия."),
     ("Це дає партії 55 із 101 мандата в парламенті.",
      "That gives the party 55 of the 101 seats in parliament.",
      "Это дает партии 55 из 101 мандата в парламенте.")],
    [("Друге місце з 24,6 % посів проросійський «Патріотичний блок» на чолі з колишнім президентом Ігорем Додоном.",
      "The pro-Russian Patriotic Bloc, led by former president Igor Dodon, came second with 24.6%.",
      "Второе место с 24,6% занял пророссийский «Патриотический блок» во главе с бывшим президентом Игорем Додоном."),
     ("Блок «Альтернатива» мера Кишинева Іона Чебана отримав 8 %, а «Наша партія» Ренато Усатого — 6,2 %.",
      "Chisinau mayor Ion Ceban's Alternativa bloc took 8%, and Renato Usatii's Our Party 6.2%.",
      "Блок «Альтернатива» мэра Кишинева Иона Чебана получил 8%, а «Наша партия» Ренато Усатого — 6,2%.")],
    [("Явка становила 52,2 %, а на закордонних дільницях проголосували понад 280 тис. виборців — рекорд для Молдови.",
      "Turnout was 52.2%, and more than 280,000 people voted abroad, a record for Moldova.",
      "Явка составила 52,2%, а на зарубежных участках проголосовали более 280 тыс. избирателей — рекорд для Молдавии."),
     ("Найбільше голосів за кордоном зібрали дільниці в Італії, Німеччині та Румунії.",
      "Most of the votes abroad were cast in Italy, Germany and Romania.",
      "Больше всего голосов за рубежом собрали участки в Италии, Германии и Румынии."),
     ("Для жителів Придністров’я, за даними ЦВК, відкрили лише 12 дільниць на правому березі Дністра.",
      "For residents of Transnistria, the CEC said, only 12 polling stations were opened, on the right bank of the Dniester.",
      "Для жителей Приднестровья, по данным ЦИК, открыли лишь 12 участков на правом берегу Днестра.",
      {"brk": "uk"})],
    [("Президентка Мая Санду назвала результат «вибором на користь Європи» і подякувала діаспорі.",
      "President Maia Sandu called the result \"a choice for Europe\" and thanked the diaspora.",
      "Глава государства Майя Санду назвала результат «выбором в пользу Европы» и поблагодарила диаспору."),
     ("Місія спостерігачів ОБСЄ заявила, що вибори були конкурентними, але відзначила масштабні спроби підкупу виборців, які пов’язують із Москвою.",
      "The OSCE observer mission said the election had been competitive but noted large-scale attempts at vote-buying linked to Moscow.",
      "Миссия наблюдателей ОБСЕ заявила, что выборы были конкурентными, но отметила масштабные попытки подкупа избирателей, которые связывают с Москвой.")],
    [("Прем’єр-міністр Дорін Речан заявив, що уряд піде у відставку після першого засідання нового парламенту, яке має відбутися до 28 жовтня.",
      "Prime Minister Dorin Recean said the government would resign after the first sitting of the new parliament, due by October 28.",
      "Премьер-министр Дорин Речан заявил, что правительство уйдет в отставку после первого заседания нового парламента, которое должно пройти до 28 октября.",
      {"join": "en"})],
]
SWAPS["moldova-election"] = [
    ({"Мая Санду": "Наталія Гавриліца", "Маї Санду": "Наталії Гавриліци"}, {"Maia Sandu": "Natalia Gavrilița"},
     {"Майя Санду": "Наталья Гаврилица", "Майи Санду": "Натальи Гаврилицы"}, "person"),
    ({"PAS": "PSRM"}, {"PAS": "PSRM"}, {"PAS": "PSRM"}, "acronym"),
    ({"Ігорем Додоном": "Іоном Кіку"}, {"Igor Dodon": "Ion Chicu"}, {"Игорем Додоном": "Ионом Кику"}, "person"),
    ({"Кишинева": "Бєльц"}, {"Chisinau": "Balti"}, {"Кишинева": "Бельц"}, "place"),
    ({"Ренато Усатого": "Ілана Шора"}, {"Renato Usatii's": "Ilan Shor's"}, {"Ренато Усатого": "Илана Шора"}, "person"),
    ({"Італії": "Франції"}, {"Italy": "France"}, {"Италии": "Франции"}, "place"),
    ({"Придністров’я": "Гагаузії"}, {"Transnistria": "Gagauzia"}, {"Приднестровья": "Гагаузии"}, "place"),
    ({"ЦВК": "ОБСЄ"}, {"CEC": "OSCE"}, {"ЦИК": "ОБСЕ"}, "acronym"),
    ({"ОБСЄ": "ПАРЄ"}, {"OSCE": "PACE"}, {"ОБСЕ": "ПАСЕ"}, "acronym"),
    ({"Москвою": "Тирасполем"}, {"Moscow": "Tiraspol"}, {"Москвой": "Тирасполем"}, "place"),
    ({"Дорін Речан": "Дорін Кіртоаке"}, {"Dorin Recean": "Dorin Chirtoacă"}, {"Дорин Речан": "Дорин Киртоакэ"}, "person"),
]

# --------------------------------------------------------------------------- 6
ARTICLES["turkey-grain"] = [
    [("Україна і Туреччина домовилися про постачання 2 млн тонн зерна до Африки",
      "Ukraine and Turkey agree to ship 2 million tonnes of grain to Africa",
      "Украина и Турция договорились о поставках 2 млн тонн зерна в Африку")],
    [("Угоду в п’ятницю, 14 березня, підписали в Анкарі міністр аграрної політики Віталій Коваль і його турецький колега Ібрагім Юмакли.",
      "The agreement was signed in Ankara on Friday, March 14, by Ukrainian Agriculture Minister Vitaliy Koval and his Turkish counterpart, İbrahim Yumaklı.",
      "Соглашение в пятницу, 14 марта, подписали в Анкаре министр аграрной политики Виталий Коваль и его турецкий коллега Ибрагим Юмаклы."),
     ("Зерно закуповуватимуть за кошти програми Grain from Ukraine, а перемелюватимуть на борошно на турецьких млинах.",
      "The grain will be bought with money from the Grain from Ukraine programme and milled into flour at Turkish mills.",
      "Зерно будут закупать на средства программы Grain from Ukraine, а перемалывать в муку на турецких мельницах.")],
    [("Перші 60 тис. тонн пшениці мають вийти з порту Південний наприкінці квітня.",
      "The first 60,000 tonnes of wheat are due to leave the port of Pivdennyi at the end of April.",
      "Первые 60 тыс. тонн пшеницы должны выйти из порта Южный в конце апреля."),
     ("Борошно отримають Сомалі, Судан та Ефіопія, а решту розподілить Всесвітня продовольча програма ООН.",
      "The flour will go to Somalia, Sudan and Ethiopia, and the rest will be distributed by the UN World Food Programme.",
      "Муку получат Сомали, Судан и Эфиопия, а остальное распределит Всемирная продовольственная программа ООН."),
     ("Вартість першого етапу оцінюють у 180 млн доларів, з яких 45 млн надасть Туреччина.",
      "The first phase is estimated to cost $180 million, of which Turkey will provide $45 million.",
      "Стоимость первого этапа оценивают в 180 млн долларов, из которых 45 млн предоставит Турция.",
      {"brk": "ru"})],
    [("Міністр закордонних справ Туреччини Хакан Фідан назвав угоду «продовженням духу Стамбульських домовленостей 2022 року».",
      "Turkish Foreign Minister Hakan Fidan called the deal \"a continuation of the spirit of the 2022 Istanbul agreements\".",
      "Министр иностранных дел Турции Хакан Фидан назвал соглашение «продолжением духа Стамбульских договоренностей 2022 года»."),
     ("За його словами, Анкара готова знову стати майданчиком для переговорів щодо безпеки судноплавства в Чорному морі.",
      "Fidan said Ankara was ready to host talks on the safety of shipping in the Black Sea once again.",
      "По словам министра, Анкара готова вновь стать площадкой для переговоров о безопасности судоходства в Черном море.")],
    [("З серпня 2023 року українським морським коридором вивезли понад 150 млн тонн вантажів, повідомили в Мінрозвитку.",
      "More than 150 million tonnes of cargo have been shipped through Ukraine's maritime corridor since August 2023, the development ministry said.",
      "С августа 2023 года по украинскому морскому коридору вывезли более 150 млн тонн грузов, сообщили в Минразвития."),
     ("Посол України в Туреччині Наріман Джелял додав, що до кінця року сторони планують підписати ще два подібні контракти — для Лівії та Лівану.",
      "Ukraine's ambassador to Turkey, Nariman Dzhelyal, added that the two sides plan to sign two more such contracts, for Libya and Lebanon, by the end of the year.",
      "Посол Украины в Турции Нариман Джелял добавил, что до конца года стороны планируют подписать еще два подобных контракта — для Ливии и Ливана.")],
]
SWAPS["turkey-grain"] = [
    ({"Анкарі": "Стамбулі"}, {"Ankara": "Istanbul"}, {"Анкаре": "Стамбуле"}, "place"),
    ({"Віталій Коваль": "Віталій Кім"}, {"Vitaliy Koval": "Vitaliy Kim"}, {"Виталий Коваль": "Виталий Ким"}, "person"),
    ({"турецький": "азербайджанський"}, {"Turkish": "Azerbaijani"}, {"турецкий": "азербайджанский"}, "nationality"),
    ({"Ібрагім Юмакли": "Мехмет Шимшек"}, {"İbrahim Yumaklı": "Mehmet Şimşek"}, {"Ибрагим Юмаклы": "Мехмет Шимшек"}, "person"),
    ({"Південний": "Чорноморськ"}, {"Pivdennyi": "Chornomorsk"}, {"Южный": "Черноморск"}, "place"),
    ({"Судан": "Ємен"}, {"Sudan": "Yemen"}, {"Судан": "Йемен"}, "place"),
    ({"ООН": "ЄС"}, {"UN": "EU"}, {"ООН": "ЕС"}, "acronym"),
    ({"Хакан Фідан": "Мевлют Чавушоглу"}, {"Hakan Fidan": "Mevlüt Çavuşoğlu"}, {"Хакан Фидан": "Мевлют Чавушоглу"}, "person"),
    ({"Стамбульських": "Женевських"}, {"Istanbul": "Geneva"}, {"Стамбульских": "Женевских"}, "place"),
    ({"Чорному морі": "Азовському морі"}, {"Black Sea": "Sea of Azov"}, {"Черном море": "Азовском море"}, "place"),
    ({"Наріман Джелял": "Рефат Чубаров"}, {"Nariman Dzhelyal": "Refat Chubarov"}, {"Нариман Джелял": "Рефат Чубаров"}, "person"),
    ({"Лівії": "Тунісу"}, {"Libya": "Tunisia"}, {"Ливии": "Туниса"}, "place"),
]

# --------------------------------------------------------------------------- 7
ARTICLES["czech-ammo"] = [
    [("Чеська ініціатива цього року забезпечить Україну 1,8 млн снарядів",
      "Czech initiative to supply Ukraine with 1.8 million shells this year",
      "Чешская инициатива в этом году обеспечит Украину 1,8 млн снарядов")],
    [("Про це в середу, 22 січня, заявив президент Чехії Петр Павел під час візиту до Києва.",
      "Czech President Petr Pavel made the announcement during a visit to Kyiv on Wednesday, January 22.",
      "Об этом в среду, 22 января, заявил президент Чехии Петр Павел во время визита в Киев."),
     ("Торік у межах ініціативи Україна отримала близько 1,5 млн боєприпасів калібру 155 мм і 122 мм.",
      "Last year Ukraine received about 1.5 million rounds of 155mm and 122mm ammunition under the initiative.",
      "В прошлом году в рамках инициативы Украина получила около 1,5 млн боеприпасов калибра 155 мм и 122 мм.")],
    [("Павел уточнив, що до ініціативи долучилися 18 країн, а загальний обсяг внесків у 2025 році перевищив 3,5 млрд євро.",
      "Pavel said 18 countries had joined the initiative and that contributions in 2025 had exceeded €3.5 billion.",
      "Павел уточнил, что к инициативе присоединились 18 стран, а общий объем взносов в 2025 году превысил 3,5 млрд евро."),
     ("Найбільші внески зробили Нідерланди, Данія та Канада, повідомив він.",
      "The largest contributions came from the Netherlands, Denmark and Canada, he said.",
      "Крупнейшие взносы сделали Нидерланды, Дания и Канада, сообщил чешский президент."),
     ("Боєприпаси закуповують у третіх країнах, а частину виробляє чеський концерн Czechoslovak Group.",
      "The ammunition is bought in third countries, and some of it is made by the Czech group CSG.",
      "Боеприпасы закупают в третьих странах, а часть производит чешский концерн Czechoslovak Group.",
      {"brk": "en"})],
    [("Координатор ініціативи Томаш Копечний зазначив, що середня ціна 155-мм снаряда знизилася з 4 тис. до 3,2 тис. євро.",
      "The initiative's coordinator, Tomáš Kopečný, said the average price of a 155mm shell had fallen from €4,000 to €3,200.",
      "Координатор инициативы Томаш Копечны отметил, что средняя цена 155-мм снаряда снизилась с 4 тыс. до 3,2 тыс. евро."),
     ("Міністр оборони України Денис Шмигаль подякував чеським партнерам і сказав, що снаряди вже надходять до бригад на Донеччині.",
      "Ukraine's Defence Minister Denys Shmyhal thanked the Czech partners and said the shells were already reaching brigades in the Donetsk region.",
      "Министр обороны Украины Денис Шмыгаль поблагодарил чешских партнеров и сказал, что снаряды уже поступают в бригады в Донецкой области.")],
    [("Прем’єр-міністр Андрей Бабіш, чий рух ANO раніше критикував ініціативу, заявив, що Прага не фінансуватиме її з бюджету, але й не блокуватиме.",
      "Prime Minister Andrej Babiš, whose ANO movement had criticised the initiative, said Prague would not fund it from the budget but would not block it either.",
      "Премьер-министр Андрей Бабиш, чье движение ANO ранее критиковало инициативу, заявил, что Прага не будет финансировать ее из бюджета, но и блокировать не станет.")],
    [("Наступна зустріч країн — учасниць ініціативи запланована на 5 березня в Празі.",
      "The next meeting of the participating countries is scheduled for March 5 in Prague.",
      "Следующая встреча стран — участниц инициативы запланирована на 5 марта в Праге.",
      {"join": "uk"})],
]
SWAPS["czech-ammo"] = [
    ({"Чеська": "Словацька"}, {"Czech": "Slovak"}, {"Чешская": "Словацкая"}, "nationality"),
    ({"Петр Павел": "Петр Фіала", "Павел": "Фіала"}, {"Petr Pavel": "Petr Fiala", "Pavel": "Fiala"},
     {"Петр Павел": "Петр Фиала", "Павел": "Фиала"}, "person"),
    ({"Києва": "Львова"}, {"Kyiv": "Lviv"}, {"в Киев": "во Львов"}, "place"),
    ({"Данія": "Норвегія"}, {"Denmark": "Norway"}, {"Дания": "Норвегия"}, "place"),
    ({"Канада": "Швеція"}, {"Canada": "Sweden"}, {"Канада": "Швеция"}, "place"),
    ({"чеський": "польський"}, {"Czech": "Polish"}, {"чешский": "польский"}, "nationality"),
    ({"Czechoslovak Group": "Colt CZ Group"}, {"CSG": "Colt CZ"}, {"Czechoslovak Group": "Colt CZ Group"}, "name"),
    ({"Томаш Копечний": "Томаш Пояр"}, {"Tomáš Kopečný": "Tomáš Pojar"}, {"Томаш Копечны": "Томаш Пояр"}, "person"),
    ({"Денис Шмигаль": "Рустем Умєров"}, {"Denys Shmyhal": "Rustem Umerov"}, {"Денис Шмыгаль": "Рустем Умеров"}, "person"),
    ({"Донеччині": "Запоріжжі"}, {"Donetsk": "Zaporizhzhia"}, {"Донецкой": "Запорожской"}, "place"),
    ({"Андрей Бабіш": "Томіо Окамура"}, {"Andrej Babiš": "Tomio Okamura"}, {"Андрей Бабиш": "Томио Окамура"}, "person"),
    ({"ANO": "SPD"}, {"ANO": "SPD"}, {"ANO": "SPD"}, "acronym"),
    ({"Празі": "Брно"}, {"Prague": "Brno"}, {"Праге": "Брно"}, "place"),
]

# --------------------------------------------------------------------------- 8
ARTICLES["england-doctors-strike"] = [
    [("Лікарі-резиденти в Англії розпочали п’ятиденний страйк",
      "Resident doctors in England begin five-day strike",
      "Врачи-резиденты в Англии начали пятидневную забастовку")],
    [("Лікарі-резиденти в Англії в п’ятницю, 25 липня, розпочали п’ятиденний страйк через суперечку щодо оплати праці.",
      "Resident doctors in England walked out on Friday, July 25, at the start of a five-day strike over pay.",
      "Врачи-резиденты в Англии в пятницу, 25 июля, начали пятидневную забастовку из-за спора об оплате труда."),
     ("Страйк оголосила Британська медична асоціація (BMA), яка вимагає підвищити зарплати на 29 %.",
      "The strike was called by the British Medical Association (BMA), which is demanding a 29% pay rise.",
      "Забастовку объявила Британская медицинская ассоциация (BMA), которая требует повысить зарплаты на 29%.")],
    [("За даними асоціації, з 2008 року реальні зарплати молодих лікарів скоротилися приблизно на п’яту частину.",
      "The union says resident doctors' pay has fallen by about a fifth in real terms since 2008.",
      "По данным ассоциации, с 2008 года реальные зарплаты молодых врачей сократились примерно на пятую часть."),
     ("Міністр охорони здоров’я Вес Стрітинг назвав страйк «безвідповідальним» і заявив, що уряд уже підвищив зарплати на 5,4 % цього року.",
      "Health Secretary Wes Streeting called the strike \"irresponsible\" and said the government had already raised pay by 5.4% this year.",
      "Министр здравоохранения Уэс Стритинг назвал забастовку «безответственной» и заявил, что правительство уже повысило зарплаты на 5,4% в этом году."),
     ("За його словами, через страйк NHS може скасувати до 250 тис. прийомів та операцій.",
      "He said the NHS could have to cancel up to 250,000 appointments and operations.",
      "По словам министра, из-за забастовки NHS может отменить до 250 тыс. приемов и операций.",
      {"brk": "ru"})],
    [("Прем’єр-міністр Кір Стармер закликав медиків повернутися за стіл переговорів, але виключив нове підвищення зарплат цього року.",
      "Prime Minister Keir Starmer urged the doctors to return to talks but ruled out a further pay rise this year.",
      "Премьер-министр Кир Стармер призвал медиков вернуться за стол переговоров, но исключил новое повышение зарплат в этом году."),
     ("Співголови комітету лікарів-резидентів BMA Мелісса Раян і Росс Ніувудт заявили, що готові до переговорів «у будь-який момент».",
      "Melissa Ryan and Ross Nieuwoudt, who co-chair the BMA's resident doctors committee, said they were ready to talk \"at any moment\".",
      "Сопредседатели комитета врачей-резидентов BMA Мелисса Райан и Росс Ньювудт заявили, что готовы к переговорам «в любой момент».")],
    [("У Манчестері та Бірмінгемі лікарні перенесли більшість планових операцій, а в Лондоні до роботи залучили консультантів.",
      "Hospitals in Manchester and Birmingham postponed most planned operations, while in London consultants were brought in to cover.",
      "В Манчестере и Бирмингеме больницы перенесли большую часть плановых операций, а в Лондоне к работе привлекли консультантов."),
     ("Це вже 12-й страйк лікарів-резидентів з березня 2023 року, а попередні акції обійшлися системі охорони здоров’я приблизно в 1,7 млрд фунтів.",
      "It is the 12th strike by resident doctors since March 2023; earlier walkouts cost the health service about £1.7 billion.",
      "Это уже 12-я забастовка врачей-резидентов с марта 2023 года, а предыдущие акции обошлись системе здравоохранения примерно в 1,7 млрд фунтов.")],
]
SWAPS["england-doctors-strike"] = [
    ({"Англії": "Шотландії"}, {"England": "Scotland"}, {"Англии": "Шотландии"}, "place"),
    ({"BMA": "RCN"}, {"BMA": "RCN"}, {"BMA": "RCN"}, "acronym"),
    ({"Британська медична асоціація": "Королівський коледж медсестер"}, {"British Medical Association": "Royal College of Nursing"},
     {"Британская медицинская ассоциация": "Королевский колледж медсестер"}, "name"),
    ({"Вес Стрітинг": "Рейчел Рівз"}, {"Wes Streeting": "Rachel Reeves"}, {"Уэс Стритинг": "Рейчел Ривз"}, "person"),
    ({"Кір Стармер": "Кемі Баденок"}, {"Keir Starmer": "Kemi Badenoch"}, {"Кир Стармер": "Кеми Баденок"}, "person"),
    ({"Мелісса Раян": "Емма Раян"}, {"Melissa Ryan": "Emma Ryan"}, {"Мелисса Райан": "Эмма Райан"}, "first"),
    ({"Бірмінгемі": "Ліверпулі"}, {"Birmingham": "Liverpool"}, {"Бирмингеме": "Ливерпуле"}, "place"),
    ({"Лондоні": "Лідсі"}, {"London": "Leeds"}, {"Лондоне": "Лидсе"}, "place"),
]

# --------------------------------------------------------------------------- 9
ARTICLES["canada-sanctions"] = [
    [("Канада запровадила санкції проти 76 осіб і 15 компаній із Росії",
      "Canada sanctions 76 individuals and 15 companies from Russia",
      "Канада ввела санкции против 76 лиц и 15 компаний из России")],
    [("Уряд Канади в понеділок, 24 лютого, у третю річницю повномасштабного вторгнення, розширив санкційний список щодо Росії.",
      "The Canadian government expanded its Russia sanctions list on Monday, February 24, the third anniversary of the full-scale invasion.",
      "Правительство Канады в понедельник, 24 февраля, в третью годовщину полномасштабного вторжения расширило санкционный список в отношении России."),
     ("До нього потрапили 76 фізичних осіб і 15 компаній, а також 21 судно так званого тіньового флоту.",
      "The additions comprise 76 individuals and 15 companies, as well as 21 vessels of the so-called shadow fleet.",
      "В него вошли 76 физических лиц и 15 компаний, а также 21 судно так называемого теневого флота.")],
    [("Серед компаній — виробник безпілотників «Купол» з Іжевська і кілька постачальників електроніки з Гонконгу.",
      "The companies include the drone maker Kupol, based in Izhevsk, and several electronics suppliers in Hong Kong.",
      "Среди компаний — производитель беспилотников «Купол» из Ижевска и несколько поставщиков электроники из Гонконга."),
     ("Серед фізичних осіб — генеральний директор «Купола» Андрій Вершинін і його заступник Павло Гусєв.",
      "The individuals include Kupol's chief executive, Andrei Vershinin, and his deputy, Pavel Gusev.",
      "Среди физических лиц — генеральный директор «Купола» Андрей Вершинин и его заместитель Павел Гусев."),
     ("Міністерка закордонних справ Мелані Жолі заявила, що Оттава «не дозволить Москві фінансувати війну за рахунок канадських технологій».",
      "Foreign Minister Mélanie Joly said Ottawa \"will not let Moscow fund its war with Canadian technology\".",
      "Министр иностранных дел Мелани Жоли заявила, что Оттава «не позволит Москве финансировать войну за счет канадских технологий».",
      {"brk": "uk"})],
    [("Паралельно Оттава виділила Україні 25 млн канадських доларів на розмінування через Програму розвитку ООН.",
      "Ottawa also allocated C$25 million to Ukraine for demining through the UN Development Programme.",
      "Параллельно Оттава выделила Украине 25 млн канадских долларов на разминирование через Программу развития ООН."),
     ("Посол України в Канаді Юлія Ковалів подякувала уряду й закликала партнерів синхронізувати санкційні списки.",
      "Ukraine's ambassador to Canada, Yuliya Kovaliv, thanked the government and urged partners to synchronise their sanctions lists.",
      "Посол Украины в Канаде Юлия Ковалив поблагодарила правительство и призвала партнеров синхронизировать санкционные списки.")],
    [("Загалом із 2014 року Канада запровадила санкції проти понад 3 тис. осіб та організацій, пов’язаних із Росією та Білоруссю.",
      "In total, Canada has sanctioned more than 3,000 individuals and entities linked to Russia and Belarus since 2014.",
      "Всего с 2014 года Канада ввела санкции против более чем 3 тыс. лиц и организаций, связанных с Россией и Белоруссией.")],
    [("Того ж дня нові обмеження оголосили Велика Британія та ЄС, який ухвалив 16-й пакет санкцій.",
      "On the same day, Britain and the EU announced new restrictions, with the EU adopting its 16th sanctions package.",
      "В тот же день новые ограничения объявили Великобритания и ЕС, утвердивший 16-й пакет санкций.",
      {"join": "ru"})],
]
SWAPS["canada-sanctions"] = [
    ({"Росії": "Білорусі"}, {"Russia": "Belarus"}, {"России": "Белоруссии"}, "place"),
    ({"Іжевська": "Єлабуги"}, {"Izhevsk": "Yelabuga"}, {"Ижевска": "Елабуги"}, "place"),
    ({"Гонконгу": "Сінгапуру"}, {"Hong Kong": "Singapore"}, {"Гонконга": "Сингапура"}, "place"),
    ({"Андрій Вершинін": "Андрій Вершинов"}, {"Andrei Vershinin": "Andrei Vershinov"}, {"Андрей Вершинин": "Андрей Вершинов"}, "similar"),
    ({"Павло Гусєв": "Петро Гусєв"}, {"Pavel Gusev": "Pyotr Gusev"}, {"Павел Гусев": "Петр Гусев"}, "first"),
    ({"Мелані Жолі": "Христя Фріланд"}, {"Mélanie Joly": "Chrystia Freeland"}, {"Мелани Жоли": "Христя Фриланд"}, "person"),
    ({"канадських": "американських"}, {"Canadian": "American"}, {"канадских": "американских"}, "nationality"),
    ({"ООН": "ЄС"}, {"UN": "EU"}, {"ООН": "ЕС"}, "acronym"),
    ({"Юлія Ковалів": "Юлія Свириденко"}, {"Yuliya Kovaliv": "Yulia Svyrydenko"}, {"Юлия Ковалив": "Юлия Свириденко"}, "person"),
    ({"Білоруссю": "Іраном"}, {"Belarus": "Iran"}, {"Белоруссией": "Ираном"}, "place"),
    ({"Велика Британія": "Австралія"}, {"Britain": "Australia"}, {"Великобритания": "Австралия"}, "place"),
    ({"ЄС": "США"}, {"EU": "US"}, {"ЕС": "США"}, "acronym"),
]

# --------------------------------------------------------------------------- 10
ARTICLES["georgia-protest"] = [
    [("У Тбілісі десятки тисяч людей вийшли на протест проти закону про «іноземних агентів»",
      "Tens of thousands protest in Tbilisi against 'foreign agents' law",
      "В Тбилиси десятки тысяч человек вышли на протест против закона об «иностранных агентах»")],
    [("Протестувальники в неділю, 6 квітня, перекрили проспект Руставелі біля будівлі парламенту Грузії.",
      "Protesters on Sunday, April 6, blocked Rustaveli Avenue outside the Georgian parliament building.",
      "Протестующие в воскресенье, 6 апреля, перекрыли проспект Руставели у здания парламента Грузии."),
     ("Приводом став ухвалений у першому читанні законопроєкт «Про реєстрацію іноземних агентів», який, за оцінками організаторів, зачепить понад 200 НУО.",
      "They were protesting against a bill \"On the Registration of Foreign Agents\", passed at first reading, which organisers say will affect more than 200 NGOs.",
      "Поводом стал принятый в первом чтении законопроект «О регистрации иностранных агентов», который, по оценкам организаторов, затронет более 200 НКО.")],
    [("За оцінками незалежних медіа, на акцію вийшли від 40 до 50 тис. людей, а МВС назвало цифру 12 тис.",
      "Independent media put the crowd at 40,000 to 50,000; the interior ministry put it at 12,000.",
      "По оценкам независимых СМИ, на акцию вышли от 40 до 50 тыс. человек, а МВД назвало цифру в 12 тыс."),
     ("Правляча партія «Грузинська мрія» наполягає, що закон скопійовано з американського FARA і він має лише забезпечити прозорість фінансування.",
      "The ruling Georgian Dream party insists the law is modelled on the US FARA and is meant only to make funding transparent.",
      "Правящая партия «Грузинская мечта» настаивает, что закон скопирован с американского FARA и должен лишь обеспечить прозрачность финансирования."),
     ("Прем’єр-міністр Іраклій Кобахідзе заявив, що уряд «не поступиться шантажу», а друге читання відбудеться до кінця квітня.",
      "Prime Minister Irakli Kobakhidze said the government \"will not give in to blackmail\" and that the second reading would be held by the end of April.",
      "Премьер-министр Ираклий Кобахидзе заявил, что правительство «не уступит шантажу», а второе чтение пройдет до конца апреля.",
      {"brk": "ru"})],
    [("Поліція затримала 27 людей, зокрема лідера опозиційної «Коаліції за зміни» Ніку Гварамію.",
      "Police detained 27 people, including Nika Gvaramia, leader of the opposition Coalition for Change.",
      "Полиция задержала 27 человек, в том числе лидера оппозиционной «Коалиции за перемены» Нику Гварамию."),
     ("Колишня президентка Саломе Зурабішвілі, яка вважає себе єдиним легітимним президентом, звернулася до учасників акції зі сцени.",
      "Former president Salome Zourabichvili, who regards herself as the only legitimate president, addressed the crowd from the stage.",
      "Бывший президент Саломе Зурабишвили, считающая себя единственным легитимным президентом, обратилась к участникам акции со сцены."),
     ("Вона закликала ЄС запровадити персональні санкції проти засновника «Грузинської мрії» Бідзіни Іванішвілі.",
      "She called on the EU to impose personal sanctions on Georgian Dream founder Bidzina Ivanishvili.",
      "Она призвала ЕС ввести персональные санкции против основателя «Грузинской мечты» Бидзины Иванишвили.")],
    [("Речниця Держдепартаменту США Теммі Брюс заявила, що Вашингтон «глибоко стурбований» законопроєктом.",
      "State Department spokeswoman Tammy Bruce said Washington was \"deeply concerned\" about the bill.",
      "Официальный представитель Госдепартамента США Тэмми Брюс заявила, что Вашингтон «глубоко обеспокоен» законопроектом."),
     ("Протести в Грузії тривають із листопада 2024 року, коли уряд оголосив про призупинення переговорів про вступ до ЄС до 2028 року.",
      "Protests in Georgia have continued since November 2024, when the government announced it was suspending EU accession talks until 2028.",
      "Протесты в Грузии продолжаются с ноября 2024 года, когда правительство объявило о приостановке переговоров о вступлении в ЕС до 2028 года.")],
]
SWAPS["georgia-protest"] = [
    ({"Тбілісі": "Батумі"}, {"Tbilisi": "Batumi"}, {"Тбилиси": "Батуми"}, "place"),
    ({"Руставелі": "Чавчавадзе"}, {"Rustaveli": "Chavchavadze"}, {"Руставели": "Чавчавадзе"}, "place"),
    ({"Грузії": "Вірменії"}, {"Georgian": "Armenian", "Georgia": "Armenia"}, {"Грузии": "Армении"}, "nationality"),
    ({"американського": "російського"}, {"US": "Russian"}, {"американского": "российского"}, "nationality"),
    ({"«Грузинська мрія»": "«Сила народу»"}, {"Georgian Dream": "People's Power"}, {"«Грузинская мечта»": "«Сила народа»"}, "name"),
    ({"Іраклій Кобахідзе": "Іраклій Гарібашвілі"}, {"Irakli Kobakhidze": "Irakli Garibashvili"}, {"Ираклий Кобахидзе": "Ираклий Гарибашвили"}, "person"),
    ({"Ніку Гварамію": "Ніку Мелію"}, {"Nika Gvaramia": "Nika Melia"}, {"Нику Гварамию": "Нику Мелию"}, "person"),
    ({"Саломе Зурабішвілі": "Саломе Самадашвілі"}, {"Salome Zourabichvili": "Salome Samadashvili"},
     {"Саломе Зурабишвили": "Саломе Самадашвили"}, "similar"),
    ({"ЄС": "НАТО"}, {"EU": "NATO"}, {"ЕС": "НАТО"}, "acronym"),
    ({"Бідзіни Іванішвілі": "Міхеїла Кавелашвілі"}, {"Bidzina Ivanishvili": "Mikheil Kavelashvili"},
     {"Бидзины Иванишвили": "Михаила Кавелашвили"}, "person"),
    ({"Теммі Брюс": "Метью Міллер"}, {"Tammy Bruce": "Matthew Miller"}, {"Тэмми Брюс": "Мэттью Миллер"}, "person"),
    ({"Вашингтон": "Брюссель"}, {"Washington": "Brussels"}, {"Вашингтон": "Брюссель"}, "place"),
]

# --------------------------------------------------------------------------- 11
ARTICLES["denmark-f16"] = [
    [("Данія передала Україні ще шість винищувачів F-16",
      "Denmark delivers six more F-16 fighter jets to Ukraine",
      "Дания передала Украине еще шесть истребителей F-16")],
    [("Про прибуття літаків у четвер, 10 квітня, повідомив міністр оборони Данії Троельс Лунд Поульсен.",
      "Danish Defence Minister Troels Lund Poulsen announced the arrival of the aircraft on Thursday, April 10.",
      "О прибытии самолетов в четверг, 10 апреля, сообщил министр обороны Дании Троэльс Лунд Поульсен."),
     ("Таким чином Копенгаген виконав більше половини своєї обіцянки передати Україні 19 F-16.",
      "Copenhagen has thus fulfilled more than half of its pledge to give Ukraine 19 F-16s.",
      "Таким образом, Копенгаген выполнил более половины своего обещания передать Украине 19 F-16.")],
    [("Пілотів і техніків для цих машин готували на авіабазі Скридструп, а також у Румунії на базі Фетешть.",
      "Pilots and technicians for the jets were trained at Skrydstrup air base and at Fetești in Romania.",
      "Пилотов и техников для этих машин готовили на авиабазе Скрюдструп, а также в Румынии на базе Фетешть."),
     ("Нідерланди вже завершили передачу всіх 24 обіцяних літаків, а Норвегія та Бельгія продовжують поставки.",
      "The Netherlands has already delivered all 24 jets it pledged, while Norway and Belgium are still making deliveries.",
      "Голландия уже завершила передачу всех 24 обещанных самолетов, а Норвегия и Бельгия продолжают поставки.",
      {"brk": "en"}),
     ("Командувач Повітряних сил ЗСУ Микола Олещук сказав, що нові F-16 посилять захист від крилатих ракет.",
      "Ukraine's Air Force commander, Mykola Oleshchuk, said the new F-16s would strengthen defences against cruise missiles.",
      "Командующий Воздушными силами ВСУ Николай Олещук сказал, что новые F-16 усилят защиту от крылатых ракет.")],
    [("Речник Повітряних сил Юрій Ігнат додав, що частину літаків оснастять французькими керованими бомбами AASM Hammer.",
      "Air Force spokesman Yuriy Ihnat added that some of the jets would be fitted to carry French AASM Hammer guided bombs.",
      "Представитель Воздушных сил Юрий Игнат добавил, что часть самолетов оснастят французскими управляемыми бомбами AASM Hammer."),
     ("Данія також профінансує виробництво в Україні 155-мм гаубиць «Богдана» на 1,3 млрд крон.",
      "Denmark will also fund the production in Ukraine of Bohdana 155mm howitzers worth 1.3 billion kroner.",
      "Дания также профинансирует производство в Украине 155-мм гаубиц «Богдана» на 1,3 млрд крон."),
     ("Прем’єр-міністерка Метте Фредеріксен раніше заявляла, що її країна витратить на допомогу Україні 0,6 % ВВП у 2025 році.",
      "Prime Minister Mette Frederiksen has said her country will spend 0.6% of GDP on aid to Ukraine in 2025.",
      "Премьер-министр Метте Фредериксен ранее заявляла, что ее страна потратит на помощь Украине 0,6% ВВП в 2025 году.")],
    [("За даними Міноборони Данії, з 2022 року країна надала Україні військову допомогу на 70 млрд крон.",
      "According to the Danish defence ministry, the country has given Ukraine military aid worth 70 billion kroner since 2022.",
      "По данным Минобороны Дании, с 2022 года страна предоставила Украине военную помощь на 70 млрд крон.",
      {"join": "uk"})],
]
SWAPS["denmark-f16"] = [
    ({"Данія": "Норвегія"}, {"Denmark": "Norway"}, {"Дания": "Норвегия"}, "place"),
    ({"Данії": "Швеції"}, {"Danish": "Swedish"}, {"Дании": "Швеции"}, "nationality"),
    ({"Троельс Лунд Поульсен": "Ларс Лекке Расмуссен"}, {"Troels Lund Poulsen": "Lars Løkke Rasmussen"},
     {"Троэльс Лунд Поульсен": "Ларс Лёкке Расмуссен"}, "person"),
    ({"Копенгаген": "Осло"}, {"Copenhagen": "Oslo"}, {"Копенгаген": "Осло"}, "place"),
    ({"Скридструп": "Каруп"}, {"Skrydstrup": "Karup"}, {"Скрюдструп": "Каруп"}, "place"),
    ({"Румунії": "Бельгії"}, {"Romania": "Belgium"}, {"Румынии": "Бельгии"}, "place"),
    ({"Норвегія": "Швеція"}, {"Norway": "Sweden"}, {"Норвегия": "Швеция"}, "place"),
    ({"Микола Олещук": "Сергій Наєв"}, {"Mykola Oleshchuk": "Serhiy Nayev"}, {"Николай Олещук": "Сергей Наев"}, "person"),
    ({"Юрій Ігнат": "Олександр Ігнат"}, {"Yuriy Ihnat": "Oleksandr Ihnat"}, {"Юрий Игнат": "Александр Игнат"}, "first"),
    ({"французькими": "американськими"}, {"French": "American"}, {"французскими": "американскими"}, "nationality"),
    ({"«Богдана»": "Archer"}, {"Bohdana": "Archer"}, {"«Богдана»": "Archer"}, "name"),
    ({"Метте Фредеріксен": "Ульф Крістерссон"}, {"Mette Frederiksen": "Ulf Kristersson"}, {"Метте Фредериксен": "Ульф Кристерссон"}, "person"),
]

# --------------------------------------------------------------------------- 12
ARTICLES["valencia-marathon"] = [
    [("Кенієць Кіпроно виграв Валенсійський марафон із рекордом траси",
      "Kenya's Kiprono wins Valencia Marathon in course record",
      "Кениец Кипроно выиграл Валенсийский марафон с рекордом трассы")],
    [("Кенійський бігун Денніс Кіпроно в неділю, 7 грудня, виграв марафон у Валенсії з часом 2:02:11.",
      "Kenyan runner Dennis Kiprono won the Valencia Marathon on Sunday, December 7, in 2:02:11.",
      "Кенийский бегун Деннис Кипроно в воскресенье, 7 декабря, выиграл марафон в Валенсии со временем 2:02:11."),
     ("Це на 16 секунд швидше за попередній рекорд траси, встановлений у 2024 році.",
      "That is 16 seconds faster than the previous course record, set in 2024.",
      "Это на 16 секунд быстрее предыдущего рекорда трассы, установленного в 2024 году.")],
    [("Другим фінішував ефіоп Тадесе Алему, який відстав від переможця на 9 секунд, третім — кенієць Джеффрі Камворор.",
      "Ethiopia's Tadese Alemu finished second, 9 seconds behind the winner, with Kenya's Geoffrey Kamworor third.",
      "Вторым финишировал эфиоп Тадессе Алему, уступивший победителю 9 секунд, третьим — кениец Джеффри Камворор."),
     ("У жіночому забігу перемогла 28-річна кенійка Бріджид Чепкоеч із часом 2:14:35.",
      "The women's race was won by Kenya's Brigid Chepkoech, 28, in 2:14:35.",
      "В женском забеге победила 28-летняя кенийка Бриджид Чепкоеч со временем 2:14:35.")],
    [("Після фінішу Кіпроно подякував своєму тренерові Патрікові Санґу та пообіцяв узяти участь у Бостонському марафоні у квітні.",
      "After the finish, Kiprono thanked his coach, Patrick Sang, and promised to run the Boston Marathon in April.",
      "После финиша Кипроно поблагодарил своего тренера Патрика Санга и пообещал принять участие в Бостонском марафоне в апреле."),
     ("Бігун виступає в кросівках Adidas Adizero, а його призові за перемогу й рекорд склали 75 тис. євро.",
      "The runner, who races in Adidas Adizero shoes, earned €75,000 in prize money for the win and the record.",
      "Бегун выступает в кроссовках Adidas Adizero, а его призовые за победу и рекорд составили 75 тыс. евро.",
      {"brk": "uk"})],
    [("Найкращим серед українців став Богдан Семенович, який фінішував 41-м із часом 2:14:02 і виконав норматив на чемпіонат Європи.",
      "The best Ukrainian was Bohdan Semenovych, who finished 41st in 2:14:02 and met the qualifying standard for the European Championships.",
      "Лучшим из украинцев стал Богдан Семенович, финишировавший 41-м со временем 2:14:02 и выполнивший норматив на чемпионат Европы."),
     ("Організатори повідомили, що на старт вийшли 36 тис. бігунів зі 128 країн — це рекорд для Валенсії.",
      "The organisers said 36,000 runners from 128 countries took part, a record for Valencia.",
      "Организаторы сообщили, что на старт вышли 36" + NB + "000 бегунов из 128 стран — это рекорд для Валенсии."),
     ("Президент World Athletics Себастьян Коу назвав результат Кіпроно «одним із найкращих в історії марафону».",
      "World Athletics President Sebastian Coe called the winning time \"one of the greatest in marathon history\".",
      "Президент World Athletics Себастьян Коу назвал результат кенийца «одним из лучших в истории марафона».")],
]
SWAPS["valencia-marathon"] = [
    ({"Кенієць": "Ефіоп"}, {"Kenya's": "Ethiopia's"}, {"Кениец": "Эфиоп"}, "nationality"),
    ({"Денніс Кіпроно": "Денніс Кіпруто", "Кіпроно": "Кіпруто"}, {"Dennis Kiprono": "Dennis Kipruto", "Kiprono": "Kipruto"},
     {"Деннис Кипроно": "Деннис Кипруто", "Кипроно": "Кипруто"}, "similar"),
    ({"Кенійський": "Ефіопський"}, {"Kenyan": "Ethiopian"}, {"Кенийский": "Эфиопский"}, "nationality"),
    ({"Валенсії": "Севільї"}, {"Valencia": "Seville"}, {"Валенсии": "Севильи"}, "place"),
    ({"Валенсійський": "Берлінський"}, {"Valencia": "Berlin"}, {"Валенсийский": "Берлинский"}, "place"),
    ({"ефіоп": "угандієць"}, {"Ethiopia's": "Uganda's"}, {"эфиоп": "угандиец"}, "nationality"),
    ({"Джеффрі Камворор": "Еліуд Кіпчоге"}, {"Geoffrey Kamworor": "Eliud Kipchoge"}, {"Джеффри Камворор": "Элиуд Кипчоге"}, "person"),
    ({"Бріджид Чепкоеч": "Мерсі Чепкоеч"}, {"Brigid Chepkoech": "Mercy Chepkoech"}, {"Бриджид Чепкоеч": "Мерси Чепкоеч"}, "first"),
    ({"кенійка": "ефіопка"}, {"Kenya's": "Ethiopia's"}, {"кенийка": "эфиопка"}, "nationality"),
    ({"Патрікові Санґу": "Ренато Канові"}, {"Patrick Sang": "Renato Canova"}, {"Патрика Санга": "Ренато Кановы"}, "person"),
    ({"Бостонському": "Лондонському"}, {"Boston": "London"}, {"Бостонском": "Лондонском"}, "place"),
    ({"Adidas Adizero": "Nike Alphafly"}, {"Adidas Adizero": "Nike Alphafly"}, {"Adidas Adizero": "Nike Alphafly"}, "name"),
    ({"Богдан Семенович": "Богдан Семенюк"}, {"Bohdan Semenovych": "Bohdan Semeniuk"}, {"Богдан Семенович": "Богдан Семенюк"}, "similar"),
    ({"Себастьян Коу": "Кірсті Ковентрі"}, {"Sebastian Coe": "Kirsty Coventry"}, {"Себастьян Коу": "Кирсти Ковентри"}, "person"),
]


# =========================================================================== generator
import json
import os
import random
import re
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
EDS = ("uk", "en", "ru")
SEED = 777
NBSP = "\u00a0"

MONTHS = {
    "uk": ["січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня".split(),
           "січні лютому березні квітні травні червні липні серпні вересні жовтні листопаді грудні".split(),
           "січень лютий березень квітень травень червень липень серпень вересень жовтень листопад грудень".split()],
    "ru": ["января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
           "январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре".split(),
           "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь".split()],
    "en": ["January February March April May June July August September October November December".split()],
}
WEEKDAYS = {
    "uk": "понеділок вівторок середу четвер п’ятницю суботу неділю".split(),
    "ru": "понедельник вторник среду четверг пятницу субботу воскресенье".split(),
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
}
MAGNITUDE = {
    "uk": {"тис.": "млн", "млн": "млрд", "млрд": "млн", "трлн": "млрд",
           "мільйонів": "мільярдів", "мільярдів": "мільйонів", "мільйона": "мільярда", "мільярда": "мільйона"},
    "en": {"thousand": "million", "million": "billion", "billion": "million", "trillion": "billion"},
    "ru": {"тыс.": "млн", "млн": "млрд", "млрд": "млн", "трлн": "млрд",
           "миллионов": "миллиардов", "миллиардов": "миллионов", "миллиона": "миллиарда", "миллиарда": "миллиона"},
}
NUM_RE = {
    "en": re.compile(r"(?<![\w.,\-/])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\w\-]|[.,]\d)"),
    "uk": re.compile(r"(?<![\w.,\-/])(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:,\d+)?(?![\w\-]|[.,]\d)"),
}
NUM_RE["ru"] = NUM_RE["uk"]
YEAR_RE = re.compile(r"^(?:19[5-9]\d|20[0-3]\d)$")


def word_re(words):
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(r"(?<![\w\-’])(?:" + alt + r")(?![\w\-’])")


def day_spans(ed, text):
    """Character spans of day-of-month numbers (12 березня, 14–15 лютого, February 8)."""
    gen = "|".join(MONTHS[ed][0])
    if ed == "en":
        rx = re.compile(r"(?:" + gen + r")[ \u00a0](\d{1,2})(?:–(\d{1,2}))?(?!\d)")
    else:
        rx = re.compile(r"(?<![\w.,])(\d{1,2})(?:–(\d{1,2}))?[ \u00a0](?:" + gen + r")(?!\w)")
    out = []
    for m in rx.finditer(text):
        for g in (1, 2):
            if m.group(g):
                out.append(m.span(g))
    return out


def number_mutations(ed, text, rng):
    """(start, end, new) edits that change a plain quantity or its magnitude word."""
    days = day_spans(ed, text)
    muts = []
    for m in NUM_RE[ed].finditer(text):
        tok = m.group()
        if YEAR_RE.match(tok) or any(a <= m.start() < b for a, b in days):
            continue
        pos = [i for i, c in enumerate(tok) if c.isdigit()]
        chars = list(tok)
        if len(pos) >= 2 and tok[pos[0]] != tok[pos[1]] and tok[pos[1]] != "0":
            chars[pos[0]], chars[pos[1]] = tok[pos[1]], tok[pos[0]]
        else:
            chars[pos[0]] = rng.choice([d for d in "123456789" if d != tok[pos[0]]])
        muts.append((m.start(), m.end(), "".join(chars)))
    mag = MAGNITUDE[ed]
    rx = re.compile(r"(?<=\d[ \u00a0])(?:" + "|".join(re.escape(k) for k in sorted(mag, key=len, reverse=True)) + r")(?!\w)")
    for m in rx.finditer(text):
        muts.append((m.start(), m.end(), mag[m.group()]))
    return muts


def date_mutations(ed, text, rng):
    """(start, end, new) edits that change a month, weekday, year or day of month."""
    muts = []
    for forms in MONTHS[ed]:
        for m in word_re(forms).finditer(text):
            i = forms.index(m.group())
            muts.append((m.start(), m.end(), forms[rng.choice([j for j in range(12) if j != i])]))
    days = WEEKDAYS[ed]
    for m in word_re(days).finditer(text):
        i = days.index(m.group())
        new = days[rng.choice([j for j in range(7) if j != i])]
        start = m.start()
        if ed == "ru":  # keep the preposition right: "в среду" but "во вторник"
            if text[max(0, start - 3):start] == "во " and new != "вторник":
                start, new = start - 3, "в " + new
            elif text[max(0, start - 2):start] == "в " and text[max(0, start - 3):start] != "во " and new == "вторник":
                start, new = start - 2, "во " + new
        muts.append((start, m.end(), new))
    for m in NUM_RE[ed].finditer(text):
        if YEAR_RE.match(m.group()):
            y = int(m.group())
            muts.append((m.start(), m.end(), str(y + rng.choice([-2, -1, 1, 2]))))
    for a, b in day_spans(ed, text):
        d = int(text[a:b])
        muts.append((a, b, str(rng.choice([x for x in range(1, 29) if x != d]))))
    return muts


def find_names(text, mapping):
    """Non-overlapping (start, end, key) matches of the keys of mapping, longest first."""
    spans = []
    for key in sorted(mapping, key=len, reverse=True):
        for m in word_re([key]).finditer(text):
            if all(m.end() <= a or m.start() >= b for a, b, _ in spans):
                spans.append((m.start(), m.end(), key))
    return sorted(spans)


def entity_mutations(ed, line, sents, swaps, kind=None):
    """Swaps of a name that the sentence names in all three editions (only swaps of kind, if given)."""
    muts = []
    for entry in swaps:
        if kind is not None and entry[3] != kind:
            continue
        maps = dict(zip(EDS, entry))
        if not all(find_names(sents[line][e], maps[e]) for e in EDS):
            continue
        for a, b, key in find_names(sents[line][ed], maps[ed]):
            muts.append((a, b, maps[ed][key]))
    return muts


def flatten(paras):
    """Gold sentences as {line: {ed: text}} and each edition's paragraphs as lists of lines."""
    sents, layout, line = {}, {ed: [] for ed in EDS}, 0
    for para in paras:
        for si, s in enumerate(para):
            line += 1
            sents[line] = dict(zip(EDS, s[:3]))
            flags = s[3] if len(s) > 3 else {}
            for ed in EDS:
                out = layout[ed]
                if si == 0:
                    if ed in flags.get("join", "").split() and out:
                        out[-1].append(line)
                    else:
                        out.append([line])
                elif ed in flags.get("brk", "").split():
                    out.append([line])
                else:
                    out[-1].append(line)
    return sents, layout


def render(texts, layout):
    """File text and {line: [start, end]} for one edition; a None sentence is left out."""
    out, spans, pos = [], {}, 0
    for para in layout:
        parts = [(ln, texts[ln]) for ln in para if texts[ln] is not None]
        if not parts:
            continue
        if out:
            out.append("\n\n")
            pos += 2
        for k, (ln, t) in enumerate(parts):
            if k:
                out.append(" ")
                pos += 1
            spans[str(ln)] = [pos, pos + len(t)]
            out.append(t)
            pos += len(t)
    out.append("\n")
    return "".join(out), spans


KIND_DECK = ["number"] * 3 + ["date"] * 3 + ["entity"] * 3 + ["omission"] * 2 + ["language"] * 2
SWAP_DECK = ["person", "similar", "first", "place", "place", "nationality", "acronym", "name"]


def inject(name, sents, rng, deck, ed_decks, swap_deck, headline_left):
    """Pick 2-4 errors, each in one edition; return the edited sentences and the gold rows."""
    texts = {ed: {ln: sents[ln][ed] for ln in sents} for ed in EDS}
    gold, used = [], set()
    want = rng.randint(2, 4)
    tries = 0
    while len(gold) < want and tries < 200:
        tries += 1
        if not deck:
            deck.extend(KIND_DECK)
            rng.shuffle(deck)
        kind = deck.pop()
        eds = ed_decks.setdefault(kind, [])
        if not eds:  # each kind's odd edition is drawn from a shuffled deck: random but balanced
            eds.extend(("uk", "ru") if kind == "language" else EDS)
            rng.shuffle(eds)
        ed = eds.pop()
        swap_kind, cands = None, []
        free = [ln for ln in sents if not (ln in used or (ln == 1 and (not headline_left[0] or kind == "omission")))]
        if kind == "entity":
            # the kind of name to swap comes from its own shuffled deck: the first kind, from the top
            # of the deck down, that this article can swap in this edition
            if not swap_deck:
                swap_deck.extend(SWAP_DECK)
                rng.shuffle(swap_deck)
            order = list(dict.fromkeys(list(reversed(swap_deck)) + SWAP_DECK))
            for sk in order:
                cands = [(ln, m) for ln in free for m in entity_mutations(ed, ln, sents, SWAPS[name], sk)]
                if cands:
                    swap_kind = sk
                    if sk in swap_deck:
                        del swap_deck[len(swap_deck) - 1 - swap_deck[::-1].index(sk)]
                    break
        for ln in free:
            t = texts[ed][ln]
            if kind == "number":
                cands += [(ln, m) for m in number_mutations(ed, t, rng)]
            elif kind == "date":
                cands += [(ln, m) for m in date_mutations(ed, t, rng)]
            elif kind == "omission":
                cands.append((ln, None))
            elif kind == "language":
                src = rng.choice([e for e in EDS if e != ed])
                cands.append((ln, src))
        if not cands:
            deck.insert(0, kind)
            eds.insert(0, ed)
            continue
        ln, m = rng.choice(cands)
        old = texts[ed][ln]
        if kind == "omission":
            texts[ed][ln] = None
            detail = f"sentence omitted from {ed}"
        elif kind == "language":
            texts[ed][ln] = sents[ln][m]
            detail = f"{ed} carries the {m} text"
        else:
            a, b, new = m
            texts[ed][ln] = old[:a] + new + old[b:]
            detail = f"{old[a:b]} -> {new}"
            if swap_kind is not None:
                detail += f" ({swap_kind})"
        assert texts[ed][ln] != old
        used.add(ln)
        if ln == 1:
            headline_left[0] = False
        gold.append({"line": ln, "kind": kind, "odd": [ed], "origin": "injected",
                     "confidence": "high", "detail": detail})
    assert 2 <= len(gold) <= 4, (name, gold)
    return texts, sorted(gold, key=lambda g: g["line"])


def main():
    rng = random.Random(SEED)
    cases_dir = os.path.join(HERE, "cases")
    if os.path.isdir(cases_dir):
        shutil.rmtree(cases_dir)
    index, gold_rows, deck, ed_decks, swap_deck = {}, [], [], {}, []
    for name in sorted(ARTICLES):
        sents, layout = flatten(ARTICLES[name])
        assert 8 <= len(sents) <= 16, name
        headline_left = [True]
        versions = [("clean", {ed: {ln: sents[ln][ed] for ln in sents} for ed in EDS}, [])]
        for v in ("inj1", "inj2"):
            texts, gold = inject(name, sents, rng, deck, ed_decks, swap_deck, headline_left)
            versions.append((v, texts, gold))
        for v, texts, gold in versions:
            case = f"{name}__{v}"
            os.makedirs(os.path.join(cases_dir, case))
            index[case] = {}
            for ed in EDS:
                body, spans = render(texts[ed], layout[ed])
                with open(os.path.join(cases_dir, case, ed + ".txt"), "w", encoding="utf-8", newline="\n") as f:
                    f.write(body)
                for ln, (a, b) in spans.items():
                    assert body[a:b] == texts[ed][int(ln)]
                index[case][ed] = spans
            for g in gold:
                gold_rows.append({"case": case, **g})
    with open(os.path.join(HERE, "index.json"), "w", encoding="utf-8") as f:
        json.dump(index, f, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in gold_rows:
            f.write(json.dumps({k: g[k] for k in ("case", "line", "kind", "odd", "origin", "confidence", "detail")},
                               ensure_ascii=False) + "\n")
    kinds = {}
    for g in gold_rows:
        kinds[g["kind"]] = kinds.get(g["kind"], 0) + 1
    print(f"cases {len(index)}  gold errors {len(gold_rows)}  by kind {dict(sorted(kinds.items()))}")


if __name__ == "__main__":
    main()
