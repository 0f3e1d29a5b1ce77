"""Generator of the i18ncheck held-out set 5: `python3 benchmarks/heldout5/make.py` rewrites cases/,
gold.jsonl and index.json next to this file (deterministic: fixed seed).

The articles below were written for this set, independently of the dev benchmark, of the earlier
held-out sets and of i18ncheck itself. Only the generator code was taken over from
benchmarks/heldout4/make.py (none of its articles). The focus is names, and the error mix is
weighted towards entity swaps (about 40% of the injected errors): people (full name first, then
the surname, a pronoun or a job title), Ukrainian and Russian first-name forms, foreign names
transliterated differently in uk and ru, places with adjectives, demonyms and nouns for nationals,
organisations with acronyms or written in lower case in one edition, Latin brand names inside
Cyrillic text, names in quotes and translated titles, plus ordinary numbers and dates.

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
river, island...), nationality (adjective, demonym or noun for a national), acronym, org (body,
ministry, agency, union, committee), club (sports club), name (brand, company, party, product,
newspaper). Entity errors draw their swap kind from a shuffled deck, so that the injected entity
errors cover all these kinds rather than mostly places.
The stories are synthetic news written for testing; they are not factual reports.
"""

NB = "\u00a0"  # no-break space, as many newsrooms type it inside numbers

ARTICLES = {}
SWAPS = {}

# --------------------------------------------------------------------------- 1
ARTICLES["chess-olympiad-budapest"] = [
    [("Українські шахістки вибороли срібло на Олімпіаді в Будапешті",
      "Ukrainian women take silver at the Chess Olympiad in Budapest",
      "Украинские шахматистки завоевали серебро на Олимпиаде в Будапеште")],
    [("Жіноча збірна України посіла друге місце на 45-й Шаховій олімпіаді, яка завершилася в неділю в Будапешті.",
      "Ukraine's women's team finished second at the 45th Chess Olympiad, which ended in Budapest on Sunday.",
      "Женская сборная Украины заняла второе место на 45-й Шахматной олимпиаде, завершившейся в воскресенье в Будапеште."),
     ("В останньому, 11-му турі українки зіграли внічию з Казахстаном — 2:2, а золото дісталося збірній Індії, що набрала 19 очок.",
      "In the final, 11th round the Ukrainians drew 2-2 with Kazakhstan, while gold went to India, which collected 19 points.",
      "В последнем, 11-м туре украинки сыграли вничью с Казахстаном — 2:2, а золото досталось сборной Индии, набравшей 19 очков.")],
    [("Лідеркою команди стала Анна Музичук, яка не програла жодної партії на першій дошці.",
      "The team was led by Anna Muzychuk, who did not lose a single game on top board.",
      "Лидером команды стала Анна Музычук, не проигравшая ни одной партии на первой доске."),
     ("Її сестра Марія та Ганна Ушеніна набрали по 7,5 очка, а дебютантка збірної Олександра Ковальчук виграла шість партій поспіль.",
      "Her sister Mariya and Anna Ushenina scored 7.5 points each, and the team's debutante, Oleksandra Kovalchuk, won six games in a row.",
      "Её сестра Мария и Анна Ушенина набрали по 7,5 очка, а дебютантка сборной Александра Ковальчук выиграла шесть партий подряд."),
     ("Капітан збірної Олександр Сулипа назвав срібло «чесним результатом», але визнав, що команда приїжджала до угорської столиці по золото.",
      "Team captain Oleksandr Sulypa called the silver “a fair result” but admitted that the squad had come to the Hungarian capital for gold.",
      "Капитан сборной Александр Сулыпа назвал серебро «честным результатом», но признал, что команда приезжала в венгерскую столицу за золотом.",
      {"brk": "en"})],
    [("У відкритому турнірі чоловіча збірна України посіла сьоме місце з 16 очками, поступившись бронзою збірній США лише за додатковими показниками.",
      "In the open section Ukraine's men finished seventh with 16 points, missing out on the bronze, which went to the United States, only on tiebreaks.",
      "В открытом турнире мужская сборная Украины заняла седьмое место с 16 очками, уступив бронзу сборной США лишь по дополнительным показателям."),
     ("Президент Міжнародної шахової федерації (ФІДЕ) Аркадій Дворкович заявив, що олімпіаду в Будапешті відвідали понад 120 тис. глядачів — рекорд для турніру.",
      "FIDE President Arkady Dvorkovich said the Budapest Olympiad had drawn more than 120,000 spectators, a record for the event.",
      "Президент Международной шахматной федерации (ФИДЕ) Аркадий Дворкович заявил, что олимпиаду в Будапеште посетили более 120 тыс. зрителей — рекорд для турнира."),
     ("Наступна олімпіада відбудеться 2026 року в Ташкенті.",
      "The next Olympiad will be held in Tashkent in 2026.",
      "Следующая олимпиада пройдет в 2026 году в Ташкенте.")],
    [("«Ми грали одна за одну», — сказала Музичук після церемонії нагородження в залі BOK Sportcsarnok.",
      "“We played for each other,” Muzychuk said after the award ceremony at the BOK Sportcsarnok arena.",
      "«Мы играли друг за друга», — сказала Музычук после церемонии награждения в зале BOK Sportcsarnok."),
     ("Українська федерація шахів пообіцяла призеркам премії, розмір яких назвуть у жовтні.",
      "The Ukrainian Chess Federation has promised the medallists bonuses, the size of which will be announced in October.",
      "Федерация шахмат Украины пообещала призёрам премии, размер которых назовут в октябре.")],
]
SWAPS["chess-olympiad-budapest"] = [
    ({"Будапешті": "Бухаресті"}, {"Budapest": "Bucharest"}, {"Будапеште": "Бухаресте"}, "place"),
    ({"Казахстаном": "Узбекистаном"}, {"Kazakhstan": "Uzbekistan"}, {"Казахстаном": "Узбекистаном"}, "place"),
    ({"Індії": "Китаю"}, {"India": "China"}, {"Индии": "Китая"}, "place"),
    ({"Анна Музичук": "Марія Музичук"}, {"Anna Muzychuk": "Mariya Muzychuk"}, {"Анна Музычук": "Мария Музычук"}, "first"),
    ({"Ганна Ушеніна": "Наталія Жукова"}, {"Anna Ushenina": "Natalia Zhukova"}, {"Анна Ушенина": "Наталья Жукова"}, "person"),
    ({"Олександра Ковальчук": "Оксана Ковальчук"}, {"Oleksandra Kovalchuk": "Oksana Kovalchuk"},
     {"Александра Ковальчук": "Оксана Ковальчук"}, "first"),
    ({"Олександр Сулипа": "Олександр Сулима"}, {"Oleksandr Sulypa": "Oleksandr Sulyma"}, {"Александр Сулыпа": "Александр Сулима"}, "similar"),
    ({"угорської": "австрійської"}, {"Hungarian": "Austrian"}, {"венгерскую": "австрийскую"}, "nationality"),
    ({"США": "Китаю"}, {"the United States": "China"}, {"США": "Китая"}, "place"),
    ({"ФІДЕ": "ЄШС"}, {"FIDE": "ECU"}, {"ФИДЕ": "ЕШС"}, "acronym"),
    ({"Аркадій Дворкович": "Кирсан Ілюмжинов"}, {"Arkady Dvorkovich": "Kirsan Ilyumzhinov"}, {"Аркадий Дворкович": "Кирсан Илюмжинов"}, "person"),
    ({"Ташкенті": "Самарканді"}, {"Tashkent": "Samarkand"}, {"Ташкенте": "Самарканде"}, "place"),
    ({"Музичук": "Ушеніна"}, {"Muzychuk": "Ushenina"}, {"Музычук": "Ушенина"}, "person"),
    ({"Українська федерація шахів": "Міністерство молоді та спорту"},
     {"Ukrainian Chess Federation": "Ukrainian Ministry of Youth and Sports"},
     {"Федерация шахмат Украины": "Министерство молодежи и спорта"}, "org"),
]

# --------------------------------------------------------------------------- 2
ARTICLES["andalusia-drought"] = [
    [("Андалусія запроваджує обмеження на воду через найсильнішу посуху за 30 років",
      "Andalusia imposes water restrictions as worst drought in 30 years bites",
      "Андалусия вводит ограничения на воду из-за сильнейшей засухи за 30 лет")],
    [("Уряд Андалусії в понеділок оголосив надзвичайний стан через посуху в провінціях Севілья, Кордова та Малага.",
      "The Andalusian government on Monday declared a drought emergency in the provinces of Seville, Córdoba and Málaga.",
      "Правительство Андалусии в понедельник объявило чрезвычайное положение из-за засухи в провинциях Севилья, Кордова и Малага."),
     (f"Водосховища регіону заповнені в середньому на 19{NB}%, а в басейні Гвадалквівіру — лише на 14,6{NB}%.",
      "The region's reservoirs are on average 19% full, and those in the Guadalquivir basin only 14.6%.",
      f"Водохранилища региона заполнены в среднем на 19{NB}%, а в бассейне Гвадалквивира — лишь на 14,6{NB}%.")],
    [("Голова регіонального уряду Хуанма Морено заявив, що з 1 березня тиск у міських водогонах уночі знижуватимуть, а поливати сади й газони заборонять.",
      "The head of the regional government, Juanma Moreno, said that from March 1 water pressure in town mains would be lowered at night and the watering of gardens and lawns would be banned.",
      "Глава регионального правительства Хуанма Морено заявил, что с 1 марта давление в городских водопроводах ночью будут снижать, а поливать сады и газоны запретят."),
     ("За його словами, якщо до травня не буде дощів, Севілья може запровадити графік подачі води, як це торік зробили в Барселоні.",
      "If there is no rain by May, he said, Seville may have to supply water on a schedule, as Barcelona did last year.",
      "По его словам, если до мая не будет дождей, Севилья может ввести график подачи воды, как это в прошлом году сделали в Барселоне.")],
    [("Обмеження торкнуться й футбольних клубів: «Севілья» та «Бетіс» мають скоротити полив своїх полів на третину.",
      "The restrictions will also apply to football clubs: Sevilla FC and Real Betis must cut the watering of their pitches by a third.",
      "Ограничения коснутся и футбольных клубов: «Севилья» и «Бетис» должны сократить полив своих полей на треть."),
     ("Президент «Бетіса» Анхель Аро попередив, що газон стадіону «Беніто Вільямарін» може не пережити літа.",
      "Betis president Ángel Haro warned that the turf at the Benito Villamarín stadium might not survive the summer.",
      "Президент «Бетиса» Анхель Аро предупредил, что газон стадиона «Бенито Вильямарин» может не пережить лета."),
     ("Фермери з асоціації COAG підрахували, що збитки аграрного сектору вже перевищили 1,2 млрд євро.",
      "Farmers from the COAG association estimate that losses in the farm sector have already exceeded 1.2 billion euros.",
      "Фермеры из ассоциации COAG подсчитали, что убытки аграрного сектора уже превысили 1,2 млрд евро.",
      {"brk": "uk ru"})],
    [(f"Оливкова олія, близько третини світового обсягу якої виробляє Андалусія, за рік подорожчала на 40{NB}%.",
      "Olive oil, about a third of the world's supply of which comes from Andalusia, has risen in price by 40% in a year.",
      f"Оливковое масло, около трети мирового объема которого производит Андалусия, за год подорожало на 40{NB}%."),
     ("Міністр сільського господарства Іспанії Луїс Планас пообіцяв, що Мадрид виділить регіону додаткові 250 млн євро.",
      "Spain's agriculture minister, Luis Planas, promised that Madrid would allocate an additional 250 million euros to the region.",
      "Министр сельского хозяйства Испании Луис Планас пообещал, что Мадрид выделит региону дополнительные 250 млн евро."),
     ("Метеослужба AEMET прогнозує, що суха й спекотна погода триматиметься щонайменше до вересня.",
      "The state weather agency AEMET forecasts that the dry, hot weather will last at least until September.",
      "Метеослужба AEMET прогнозирует, что сухая и жаркая погода продержится как минимум до сентября.")],
]
SWAPS["andalusia-drought"] = [
    ({"Андалусія": "Каталонія"}, {"Andalusia": "Catalonia"}, {"Андалусия": "Каталония"}, "place"),
    ({"Андалусії": "Мурсії"}, {"Andalusian": "Murcian"}, {"Андалусии": "Мурсии"}, "place"),
    ({"Кордова": "Гранада"}, {"Córdoba": "Granada"}, {"Кордова": "Гранада"}, "place"),
    ({"Гвадалквівіру": "Гвадіани"}, {"Guadalquivir": "Guadiana"}, {"Гвадалквивира": "Гвадианы"}, "place"),
    ({"Хуанма Морено": "Хав’єр Аренас"}, {"Juanma Moreno": "Javier Arenas"}, {"Хуанма Морено": "Хавьер Аренас"}, "person"),
    ({"Севілья": "Альмерія"}, {"Seville": "Almería"}, {"Севилья": "Альмерия"}, "place"),
    ({"Барселоні": "Валенсії"}, {"Barcelona": "Valencia"}, {"Барселоне": "Валенсии"}, "place"),
    ({"Севілья": "Малага"}, {"Sevilla FC": "Málaga CF"}, {"Севилья": "Малага"}, "club"),
    ({"Бетіс": "Кадіс", "Бетіса": "Кадіса"}, {"Real Betis": "Cádiz CF", "Betis": "Cádiz"}, {"Бетис": "Кадис", "Бетиса": "Кадиса"}, "club"),
    ({"Анхель Аро": "Рафаель Аро"}, {"Ángel Haro": "Rafael Haro"}, {"Анхель Аро": "Рафаэль Аро"}, "first"),
    ({"Беніто Вільямарін": "Рамон Санчес-Пісхуан"}, {"Benito Villamarín": "Ramón Sánchez-Pizjuán"},
     {"Бенито Вильямарин": "Рамон Санчес-Писхуан"}, "name"),
    ({"COAG": "ASAJA"}, {"COAG": "ASAJA"}, {"COAG": "ASAJA"}, "acronym"),
    ({"Луїс Планас": "Карлос Планас"}, {"Luis Planas": "Carlos Planas"}, {"Луис Планас": "Карлос Планас"}, "first"),
    ({"Іспанії": "Португалії"}, {"Spain's": "Portugal's"}, {"Испании": "Португалии"}, "place"),
    ({"Мадрид": "Брюссель"}, {"Madrid": "Brussels"}, {"Мадрид": "Брюссель"}, "place"),
    ({"AEMET": "ECMWF"}, {"AEMET": "ECMWF"}, {"AEMET": "ECMWF"}, "acronym"),
]

# --------------------------------------------------------------------------- 3
ARTICLES["kazakhstan-uranium"] = [
    [("«Казатомпром» продасть Китаю уран на 2,4 млрд доларів",
      "Kazatomprom to sell $2.4 billion of uranium to China",
      "«Казатомпром» продаст Китаю уран на 2,4 млрд долларов")],
    [("Національна атомна компанія Казахстану «Казатомпром» у четвер підписала з китайською CNNC контракт на постачання 9 тис. тонн урану протягом п’яти років.",
      "Kazakhstan's national atomic company Kazatomprom on Thursday signed a contract with China's CNNC to supply 9,000 tonnes of uranium over five years.",
      "Национальная атомная компания Казахстана «Казатомпром» в четверг подписала с китайской CNNC контракт на поставку 9 тыс. тонн урана в течение пяти лет."),
     ("Угоду підписали в Астані в присутності президента Касим-Жомарта Токаєва та віцепрем’єра КНР Дін Сюесяна.",
      "The deal was signed in Astana in the presence of President Kassym-Jomart Tokayev and Chinese Vice-Premier Ding Xuexiang.",
      "Соглашение подписали в Астане в присутствии президента Касым-Жомарта Токаева и вице-премьера КНР Дин Сюэсяна.")],
    [("Голова правління «Казатомпрому» Нурлан Абішев заявив, що ціна прив’язана до спотових котирувань і не може опуститися нижче 60 доларів за фунт.",
      "Kazatomprom chief executive Nurlan Abishev said the price was linked to spot quotations and could not fall below $60 a pound.",
      "Председатель правления «Казатомпрома» Нурлан Абишев заявил, что цена привязана к спотовым котировкам и не может опуститься ниже 60 долларов за фунт."),
     ("За його словами, компанія наростить видобуток на родовищі Інкай у Туркестанській області, де працює спільне підприємство з канадською Cameco.",
      "He said the company would raise output at the Inkai deposit in the Turkistan region, where it has a joint venture with Canada's Cameco.",
      "По его словам, компания нарастит добычу на месторождении Инкай в Туркестанской области, где работает совместное предприятие с канадской Cameco.")],
    [(f"Казахстан забезпечує близько 43{NB}% світового видобутку урану, а Китай є його найбільшим покупцем.",
      "Kazakhstan accounts for about 43% of the world's uranium output, and China is its largest buyer.",
      f"Казахстан обеспечивает около 43{NB}% мировой добычи урана, а Китай является его крупнейшим покупателем."),
     ("Частину сировини доставлятимуть залізницею через прикордонний перехід Достик — Алашанькоу, решту — через Хоргос.",
      "Part of the uranium will go by rail through the Dostyk–Alashankou border crossing and the rest via Khorgos.",
      "Часть сырья будут доставлять по железной дороге через погранпереход Достык — Алашанькоу, остальное — через Хоргос."),
     ("Експерти МАГАТЕ стежитимуть за перевезеннями, як передбачає угода про гарантії.",
      "IAEA experts will monitor the shipments, as required by the safeguards agreement.",
      "Эксперты МАГАТЭ будут следить за перевозками, как предусматривает соглашение о гарантиях.")],
    [("Аналітики Bloomberg зауважують, що Пекін прагне зменшити залежність від австралійських і канадських постачальників.",
      "Bloomberg analysts note that Beijing is seeking to reduce its dependence on Australian and Canadian suppliers.",
      "Аналитики Bloomberg отмечают, что Пекин стремится снизить зависимость от австралийских и канадских поставщиков."),
     ("Торік Китай імпортував з Казахстану 11,6 тис. тонн урану, або понад половину своїх закупівель.",
      "Last year China imported 11,600 tonnes of uranium from Kazakhstan, more than half of its purchases.",
      "В прошлом году Китай импортировал из Казахстана 11,6 тыс. тонн урана, или более половины своих закупок."),
     ("Міністерство енергетики Казахстану повідомило, що перші поставки за новим контрактом очікуються в січні 2026 року.",
      "Kazakhstan's energy ministry said the first deliveries under the new contract were expected in January 2026.",
      "Министерство энергетики Казахстана сообщило, что первые поставки по новому контракту ожидаются в январе 2026 года.",
      {"join": "ru"})],
]
SWAPS["kazakhstan-uranium"] = [
    ({"Казатомпром": "Казмунайгаз", "Казатомпрому": "Казмунайгазу"}, {"Kazatomprom": "KazMunayGas"},
     {"Казатомпром": "Казмунайгаз", "Казатомпрома": "Казмунайгаза"}, "name"),
    ({"Китаю": "Індії"}, {"China": "India"}, {"Китаю": "Индии"}, "place"),
    ({"CNNC": "CGN"}, {"CNNC": "CGN"}, {"CNNC": "CGN"}, "acronym"),
    ({"китайською": "індійською"}, {"China's": "India's"}, {"китайской": "индийской"}, "nationality"),
    ({"Астані": "Алмати"}, {"Astana": "Almaty"}, {"Астане": "Алматы"}, "place"),
    ({"Дін Сюесяна": "Хе Ліфена"}, {"Ding Xuexiang": "He Lifeng"}, {"Дин Сюэсяна": "Хэ Лифэна"}, "person"),
    ({"Касим-Жомарта Токаєва": "Нурсултана Назарбаєва"}, {"Kassym-Jomart Tokayev": "Nursultan Nazarbayev"},
     {"Касым-Жомарта Токаева": "Нурсултана Назарбаева"}, "person"),
    ({"Нурлан Абішев": "Ерлан Абішев"}, {"Nurlan Abishev": "Yerlan Abishev"}, {"Нурлан Абишев": "Ерлан Абишев"}, "first"),
    ({"Нурлан Абішев": "Нурлан Абілов"}, {"Nurlan Abishev": "Nurlan Abilov"}, {"Нурлан Абишев": "Нурлан Абилов"}, "similar"),
    ({"Інкай": "Харасан"}, {"Inkai": "Kharasan"}, {"Инкай": "Харасан"}, "place"),
    ({"Туркестанській": "Кизилординській"}, {"Turkistan": "Kyzylorda"}, {"Туркестанской": "Кызылординской"}, "place"),
    ({"канадською": "французькою"}, {"Canada's": "France's"}, {"канадской": "французской"}, "nationality"),
    ({"Cameco": "Orano"}, {"Cameco": "Orano"}, {"Cameco": "Orano"}, "name"),
    ({"Казахстан": "Узбекистан", "Казахстану": "Узбекистану"}, {"Kazakhstan": "Uzbekistan"},
     {"Казахстан": "Узбекистан", "Казахстана": "Узбекистана"}, "place"),
    ({"Китай": "Пакистан"}, {"China": "Pakistan"}, {"Китай": "Пакистан"}, "place"),
    ({"Хоргос": "Бахти"}, {"Khorgos": "Bakhty"}, {"Хоргос": "Бахты"}, "place"),
    ({"Достик": "Алтинколь"}, {"Dostyk": "Altynkol"}, {"Достык": "Алтынколь"}, "similar"),
    ({"МАГАТЕ": "ОБСЄ"}, {"IAEA": "OSCE"}, {"МАГАТЭ": "ОБСЕ"}, "acronym"),
    ({"Bloomberg": "Reuters"}, {"Bloomberg": "Reuters"}, {"Bloomberg": "Reuters"}, "name"),
    ({"Пекін": "Нью-Делі"}, {"Beijing": "New Delhi"}, {"Пекин": "Нью-Дели"}, "place"),
    ({"австралійських": "намібійських"}, {"Australian": "Namibian"}, {"австралийских": "намибийских"}, "nationality"),
    ({"Міністерство енергетики": "Міністерство промисловості"}, {"energy ministry": "industry ministry"},
     {"Министерство энергетики": "Министерство промышленности"}, "org"),
]

# --------------------------------------------------------------------------- 4
ARTICLES["netherlands-gas-court"] = [
    [("Суд у Гаазі зобов’язав NAM виплатити компенсації мешканцям Гронінгена",
      "Hague court orders NAM to compensate Groningen residents",
      "Суд в Гааге обязал NAM выплатить компенсации жителям Гронингена")],
    [("Окружний суд Гааги в середу постановив, що нафтогазова компанія NAM має виплатити по 12 тис. євро кожному з 2300 позивачів, чиї будинки пошкодили землетруси.",
      "The District Court of The Hague ruled on Wednesday that the oil and gas company NAM must pay 12,000 euros to each of the 2,300 plaintiffs whose homes were damaged by earthquakes.",
      "Окружной суд Гааги в среду постановил, что нефтегазовая компания NAM должна выплатить по 12 тыс. евро каждому из 2300 истцов, чьи дома пострадали от землетрясений."),
     ("Землетруси в провінції Гронінген спричинив видобуток газу з найбільшого в Європі родовища, яке уряд остаточно закрив у 2024 році.",
      "The quakes in the province of Groningen were caused by gas extraction from Europe's largest field, which the government closed for good in 2024.",
      "Землетрясения в провинции Гронинген вызвала добыча газа на крупнейшем в Европе месторождении, которое правительство окончательно закрыло в 2024 году.")],
    [("NAM — спільне підприємство Shell і ExxonMobil — наполягала, що частину пошкоджень спричинили осідання ґрунту та старість будівель.",
      "NAM, a joint venture of Shell and ExxonMobil, argued that some of the damage had been caused by soil subsidence and the age of the buildings.",
      "NAM — совместное предприятие Shell и ExxonMobil — настаивала, что часть повреждений вызвали оседание грунта и ветхость зданий."),
     ("Суддя Маріке ван дер Лінден відхилила ці аргументи, зазначивши, що компанія «знала про ризики щонайменше з 1993 року».",
      "Judge Marieke van der Linden rejected those arguments, noting that the company “had known about the risks since at least 1993”.",
      "Судья Марике ван дер Линден отклонила эти доводы, отметив, что компания «знала о рисках как минимум с 1993 года».")],
    [("Адвокат позивачів Пім Велдкамп назвав рішення «перемогою звичайних гронінгенців над газовим гігантом».",
      "The plaintiffs' lawyer, Pim Veldkamp, called the ruling “a victory for ordinary Groningers over a gas giant”.",
      "Адвокат истцов Пим Вельдкамп назвал решение «победой простых гронингенцев над газовым гигантом»."),
     ("Представник NAM сказав, що компанія вивчить рішення і протягом трьох місяців вирішить, чи оскаржувати його.",
      "A NAM spokesman said the company would study the ruling and decide within three months whether to appeal.",
      "Представитель NAM сказал, что компания изучит решение и в течение трех месяцев решит, обжаловать ли его.")],
    [("Державний інститут відшкодувань IMG уже розглянув понад 180 тис. заяв і виплатив 2,1 млрд євро.",
      "The state compensation body IMG has already processed more than 180,000 claims and paid out 2.1 billion euros.",
      "Государственный институт возмещения ущерба IMG уже рассмотрел более 180 тыс. заявлений и выплатил 2,1 млрд евро."),
     ("Міністр економіки Нідерландів Дірк Бекерс заявив у парламенті, що уряд не чекатиме апеляції і почне виплати за власний рахунок.",
      "The Dutch economy minister, Dirk Beckers, told parliament the government would not wait for an appeal and would start the payments at its own expense.",
      "Министр экономики Нидерландов Дирк Беккерс заявил в парламенте, что правительство не будет ждать апелляции и начнет выплаты за свой счет."),
     ("Прем’єр-міністр Дік Схоф на пресконференції в п’ятницю не коментував рішення суду.",
      "Prime Minister Dick Schoof did not comment on the ruling at his Friday press conference.",
      "Премьер-министр Дик Схоф на пресс-конференции в пятницу не стал комментировать решение суда.",
      {"brk": "uk"})],
]
SWAPS["netherlands-gas-court"] = [
    ({"Гаазі": "Амстердамі"}, {"Hague": "Amsterdam"}, {"Гааге": "Амстердаме"}, "place"),
    ({"Гааги": "Амстердама"}, {"The Hague": "Amsterdam"}, {"Гааги": "Амстердама"}, "place"),
    ({"Гронінгена": "Дренте"}, {"Groningen": "Drenthe"}, {"Гронингена": "Дренте"}, "place"),
    ({"Гронінген": "Фрісландія"}, {"Groningen": "Friesland"}, {"Гронинген": "Фрисландия"}, "place"),
    ({"NAM": "EBN"}, {"NAM": "EBN"}, {"NAM": "EBN"}, "acronym"),
    ({"ExxonMobil": "Chevron"}, {"ExxonMobil": "Chevron"}, {"ExxonMobil": "Chevron"}, "name"),
    ({"Shell": "BP"}, {"Shell": "BP"}, {"Shell": "BP"}, "name"),
    ({"Маріке ван дер Лінден": "Аннеке ван дер Лінден"}, {"Marieke van der Linden": "Anneke van der Linden"},
     {"Марике ван дер Линден": "Аннеке ван дер Линден"}, "first"),
    ({"Пім Велдкамп": "Пім Фелдкамп"}, {"Pim Veldkamp": "Pim Feldkamp"}, {"Пим Вельдкамп": "Пим Фельдкамп"}, "similar"),
    ({"гронінгенців": "фрісландців"}, {"Groningers": "Frisians"}, {"гронингенцев": "фризов"}, "nationality"),
    ({"IMG": "NCG"}, {"IMG": "NCG"}, {"IMG": "NCG"}, "acronym"),
    ({"Нідерландів": "Бельгії"}, {"Dutch": "Belgian"}, {"Нидерландов": "Бельгии"}, "nationality"),
    ({"Дірк Бекерс": "Гюго де Йонге"}, {"Dirk Beckers": "Hugo de Jonge"}, {"Дирк Беккерс": "Хуго де Йонге"}, "person"),
    ({"Дік Схоф": "Марк Рютте"}, {"Dick Schoof": "Mark Rutte"}, {"Дик Схоф": "Марк Рютте"}, "person"),
]

# --------------------------------------------------------------------------- 5
ARTICLES["ukrainian-startup-berlin"] = [
    [("Український стартап Vizor залучив у Берліні 14 млн євро",
      "Ukrainian startup Vizor raises 14 million euros in Berlin",
      "Украинский стартап Vizor привлек в Берлине 14 млн евро")],
    [("Київська компанія Vizor, що розробляє системи комп’ютерного зору для розмінування, залучила 14 млн євро в раунді серії A.",
      "Kyiv-based Vizor, which develops computer-vision systems for demining, has raised 14 million euros in a Series A round.",
      "Киевская компания Vizor, разрабатывающая системы компьютерного зрения для разминирования, привлекла 14 млн евро в раунде серии A."),
     ("Раунд очолив берлінський фонд Project A, участь у ньому також взяли Європейський інвестиційний фонд (ЄІФ) та український Flyer One Ventures.",
      "The round was led by Berlin's Project A, with the European Investment Fund (EIF) and Ukraine's Flyer One Ventures also taking part.",
      "Раунд возглавил берлинский фонд Project A, участие в нем также приняли Европейский инвестиционный фонд (ЕИФ) и украинский Flyer One Ventures.")],
    [("Співзасновниця Vizor Олена Гнатюк розповіла, що кошти підуть на сертифікацію дронів у ЄС і відкриття офісу в Берліні.",
      "Vizor co-founder Olena Hnatiuk said the money would go towards certifying its drones in the EU and opening an office in Berlin.",
      "Сооснователь Vizor Елена Гнатюк рассказала, что средства пойдут на сертификацию дронов в ЕС и открытие офиса в Берлине."),
     ("За її словами, система вже допомогла очистити понад 3 тис. гектарів у Харківській і Херсонській областях.",
      "She said the system had already helped clear more than 3,000 hectares in the Kharkiv and Kherson regions.",
      "По ее словам, система уже помогла очистить более 3 тыс. гектаров в Харьковской и Херсонской областях."),
     ("Технологію тестували разом із ДСНС, яка торік підписала з компанією меморандум.",
      "The technology was tested together with Ukraine's State Emergency Service, which signed a memorandum with the company last year.",
      "Технологию тестировали вместе с ГСЧС, подписавшей с компанией меморандум в прошлом году.")],
    [("Презентація для інвесторів відбулася на стадіоні «Уніона» в районі Кепенік, де клуб щороку проводить день стартапів.",
      "The pitch to investors took place at Union Berlin's stadium in the Köpenick district, where the club holds a startup day every year.",
      "Презентация для инвесторов прошла на стадионе «Униона» в районе Кёпеник, где клуб ежегодно проводит день стартапов."),
     ("Партнер Project A Йенс Гофмайстер сказав, що український ринок оборонних технологій «зріс швидше, ніж будь-хто очікував».",
      "Project A partner Jens Hoffmeister said the Ukrainian defence-tech market had “grown faster than anyone expected”.",
      "Партнер Project A Йенс Хофмайстер сказал, что украинский рынок оборонных технологий «вырос быстрее, чем кто-либо ожидал».")],
    [("Цього року українські оборонні стартапи залучили за кордоном понад 300 млн доларів, підрахувала платформа Brave1.",
      "Ukrainian defence startups have raised more than $300 million abroad this year, according to the Brave1 platform.",
      "В этом году украинские оборонные стартапы привлекли за рубежом более 300 млн долларов, подсчитала платформа Brave1."),
     ("Наступний раунд Vizor планує закрити в першому кварталі 2026 року, додала Гнатюк.",
      "Vizor plans to close its next round in the first quarter of 2026, Hnatiuk added.",
      "Следующий раунд Vizor планирует закрыть в первом квартале 2026 года, добавила Гнатюк."),
     ("Вона не розкрила оцінку компанії, але джерела Forbes Україна називають суму близько 60 млн євро.",
      "She did not disclose the company's valuation, but sources cited by Forbes Ukraine put it at about 60 million euros.",
      "Она не раскрыла оценку компании, но источники Forbes Украина называют сумму около 60 млн евро.")],
]
SWAPS["ukrainian-startup-berlin"] = [
    ({"Берліні": "Мюнхені"}, {"Berlin": "Munich"}, {"Берлине": "Мюнхене"}, "place"),
    ({"Vizor": "Skyeton"}, {"Vizor": "Skyeton"}, {"Vizor": "Skyeton"}, "name"),
    ({"Київська": "Львівська"}, {"Kyiv-based": "Lviv-based"}, {"Киевская": "Львовская"}, "place"),
    ({"Project A": "Point Nine"}, {"Project A": "Point Nine"}, {"Project A": "Point Nine"}, "name"),
    ({"ЄІФ": "ЄБРР"}, {"EIF": "EBRD"}, {"ЕИФ": "ЕБРР"}, "acronym"),
    ({"берлінський": "мюнхенський"}, {"Berlin's": "Munich's"}, {"берлинский": "мюнхенский"}, "place"),
    ({"Flyer One Ventures": "TA Ventures"}, {"Flyer One Ventures": "TA Ventures"}, {"Flyer One Ventures": "TA Ventures"}, "name"),
    ({"Олена Гнатюк": "Оксана Гнатюк"}, {"Olena Hnatiuk": "Oksana Hnatiuk"}, {"Елена Гнатюк": "Оксана Гнатюк"}, "first"),
    ({"ЄС": "США"}, {"EU": "US"}, {"ЕС": "США"}, "acronym"),
    ({"Харківській": "Миколаївській"}, {"Kharkiv": "Mykolaiv"}, {"Харьковской": "Николаевской"}, "place"),
    ({"Херсонській": "Запорізькій"}, {"Kherson": "Zaporizhzhia"}, {"Херсонской": "Запорожской"}, "place"),
    ({"ДСНС": "Міноборони"}, {"State Emergency Service": "Defence Ministry"}, {"ГСЧС": "Минобороны"}, "org"),
    ({"Уніона": "Герти"}, {"Union Berlin's": "Hertha BSC's"}, {"Униона": "Герты"}, "club"),
    ({"Кепенік": "Шпандау"}, {"Köpenick": "Spandau"}, {"Кёпеник": "Шпандау"}, "place"),
    ({"Йенс Гофмайстер": "Ларс Гофмайстер"}, {"Jens Hoffmeister": "Lars Hoffmeister"}, {"Йенс Хофмайстер": "Ларс Хофмайстер"}, "first"),
    ({"український": "польський"}, {"Ukrainian": "Polish"}, {"украинский": "польский"}, "nationality"),
    ({"українські": "польські"}, {"Ukrainian": "Polish"}, {"украинские": "польские"}, "nationality"),
    ({"Brave1": "Diia.City"}, {"Brave1": "Diia.City"}, {"Brave1": "Diia.City"}, "name"),
    ({"Гнатюк": "Гнатів"}, {"Hnatiuk": "Hnativ"}, {"Гнатюк": "Гнатив"}, "similar"),
    ({"Forbes Україна": "Економічна правда"}, {"Forbes Ukraine": "Ekonomichna Pravda"}, {"Forbes Украина": "Экономическая правда"}, "name"),
]

# --------------------------------------------------------------------------- 6
ARTICLES["brazil-lula-beijing"] = [
    [("Лула в Пекіні підписав із Сі Цзіньпіном 20 угод",
      "Lula signs 20 agreements with Xi Jinping in Beijing",
      "Лула в Пекине подписал с Си Цзиньпином 20 соглашений")],
    [("Президент Бразилії Луїс Інасіу Лула да Сілва в суботу завершив триденний державний візит до Китаю.",
      "Brazilian President Luiz Inácio Lula da Silva on Saturday ended a three-day state visit to China.",
      "Президент Бразилии Луис Инасиу Лула да Силва в субботу завершил трехдневный государственный визит в Китай."),
     ("На переговорах із головою КНР Сі Цзіньпіном сторони погодили 20 документів — від постачання сої до спільного супутника CBERS-6.",
      "In talks with Chinese leader Xi Jinping the two sides agreed on 20 documents, ranging from soybean supplies to a joint CBERS-6 satellite.",
      "На переговорах с председателем КНР Си Цзиньпином стороны согласовали 20 документов — от поставок сои до совместного спутника CBERS-6.")],
    [("Найбільшою є угода бразильської Petrobras і китайської Sinopec про розвідку на шельфі штату Еспіріту-Санту вартістю 5,3 млрд доларів.",
      "The biggest is a $5.3 billion deal between Brazil's Petrobras and China's Sinopec for offshore exploration off the state of Espírito Santo.",
      "Крупнейшим стало соглашение бразильской Petrobras и китайской Sinopec о разведке на шельфе штата Эспириту-Санту стоимостью 5,3 млрд долларов."),
     ("Китай також пообіцяв відкрити ринок для бразильської яловичини ще з 38 м’ясокомбінатів.",
      "China also promised to open its market to Brazilian beef from 38 more meat plants.",
      "Китай также пообещал открыть рынок для бразильской говядины еще с 38 мясокомбинатов.")],
    [("Міністр закордонних справ Бразилії Мауро Вієйра сказав журналістам, що Бразиліа «не обирає між Вашингтоном і Пекіном».",
      "Brazil's foreign minister, Mauro Vieira, told reporters that Brasília was “not choosing between Washington and Beijing”.",
      "Министр иностранных дел Бразилии Мауро Виейра сказал журналистам, что Бразилиа «не выбирает между Вашингтоном и Пекином»."),
     ("Лула запросив Сі на саміт БРІКС, який Бразилія прийматиме в Ріо-де-Жанейро в липні.",
      "Lula invited Xi to the BRICS summit that Brazil will host in Rio de Janeiro in July.",
      "Лула пригласил Си на саммит БРИКС, который Бразилия примет в Рио-де-Жанейро в июле."),
     ("Речниця МЗС Китаю Мао Нін назвала візит «новою сторінкою» у відносинах двох країн.",
      "Chinese foreign ministry spokeswoman Mao Ning called the visit “a new page” in relations between the two countries.",
      "Официальный представитель МИД КНР Мао Нин назвала визит «новой страницей» в отношениях двух стран.",
      {"brk": "ru"})],
    [("Торік товарообіг між країнами сягнув рекордних 157 млрд доларів, а Китай залишається найбільшим торговельним партнером Бразилії з 2009 року.",
      "Last year trade between the two countries reached a record $157 billion, and China has been Brazil's largest trading partner since 2009.",
      "В прошлом году товарооборот между странами достиг рекордных 157 млрд долларов, а Китай остается крупнейшим торговым партнером Бразилии с 2009 года."),
     ("Бразильські аграрії, однак, побоюються, що залежність від одного покупця робить їх уразливими, зазначає газета Folha de S.Paulo.",
      "Brazilian farmers fear, however, that depending on one buyer leaves them vulnerable, the newspaper Folha de S.Paulo notes.",
      "Бразильские аграрии, однако, опасаются, что зависимость от одного покупателя делает их уязвимыми, отмечает газета Folha de S.Paulo."),
     ("Наступного разу лідери зустрінуться на полях саміту G20 у листопаді в Йоганнесбурзі.",
      "The leaders will next meet on the sidelines of the G20 summit in Johannesburg in November.",
      "В следующий раз лидеры встретятся на полях саммита G20 в ноябре в Йоханнесбурге.")],
]
SWAPS["brazil-lula-beijing"] = [
    ({"Пекіні": "Шанхаї"}, {"Beijing": "Shanghai"}, {"Пекине": "Шанхае"}, "place"),
    ({"Бразилії": "Аргентини"}, {"Brazilian": "Argentine"}, {"Бразилии": "Аргентины"}, "nationality"),
    ({"Китаю": "Японії"}, {"China": "Japan"}, {"Китай": "Японию"}, "place"),
    ({"Сі Цзіньпіном": "Лі Цяном"}, {"Xi Jinping": "Li Qiang"}, {"Си Цзиньпином": "Ли Цяном"}, "person"),
    ({"Sinopec": "CNOOC"}, {"Sinopec": "CNOOC"}, {"Sinopec": "CNOOC"}, "name"),
    ({"Petrobras": "Vale"}, {"Petrobras": "Vale"}, {"Petrobras": "Vale"}, "name"),
    ({"Еспіріту-Санту": "Ріо-де-Жанейро"}, {"Espírito Santo": "Rio de Janeiro"}, {"Эспириту-Санту": "Рио-де-Жанейро"}, "place"),
    ({"бразильської": "аргентинської"}, {"Brazilian": "Argentine"}, {"бразильской": "аргентинской"}, "nationality"),
    ({"Мауро Вієйра": "Марсело Вієйра"}, {"Mauro Vieira": "Marcelo Vieira"}, {"Мауро Виейра": "Марсело Виейра"}, "first"),
    ({"Вашингтоном": "Брюсселем"}, {"Washington": "Brussels"}, {"Вашингтоном": "Брюсселем"}, "place"),
    ({"БРІКС": "ШОС"}, {"BRICS": "SCO"}, {"БРИКС": "ШОС"}, "acronym"),
    ({"Ріо-де-Жанейро": "Сан-Паулу"}, {"Rio de Janeiro": "São Paulo"}, {"Рио-де-Жанейро": "Сан-Паулу"}, "place"),
    ({"Мао Нін": "Хуа Чуньїн"}, {"Mao Ning": "Hua Chunying"}, {"Мао Нин": "Хуа Чуньин"}, "person"),
    ({"Бразилії": "Аргентини"}, {"Brazil's": "Argentina's"}, {"Бразилии": "Аргентины"}, "place"),
    ({"Бразильські": "Аргентинські"}, {"Brazilian": "Argentine"}, {"Бразильские": "Аргентинские"}, "nationality"),
    ({"Folha de S.Paulo": "O Globo"}, {"Folha de S.Paulo": "O Globo"}, {"Folha de S.Paulo": "O Globo"}, "name"),
    ({"Йоганнесбурзі": "Кейптауні"}, {"Johannesburg": "Cape Town"}, {"Йоханнесбурге": "Кейптауне"}, "place"),
]

# --------------------------------------------------------------------------- 7
ARTICLES["slovakia-election"] = [
    [("На виборах у Словаччині перемогла партія «Смер»",
      "Smer wins Slovak election",
      "На выборах в Словакии победила партия «Смер»")],
    [(f"Партія «Смер — соціальна демократія» прем’єр-міністра Роберта Фіцо набрала 23,4{NB}% голосів на дострокових виборах у суботу.",
      "Prime Minister Robert Fico's Smer–Social Democracy party won 23.4% of the vote in Saturday's snap election.",
      f"Партия «Смер — социальная демократия» премьер-министра Роберта Фицо набрала 23,4{NB}% голосов на досрочных выборах в субботу."),
     (f"Друге місце посіла ліберальна «Прогресивна Словаччина» Міхала Шимечки з 21,1{NB}%, третє — «Голос» Петера Пеллегріні.",
      "Second place went to Michal Šimečka's liberal Progressive Slovakia with 21.1%, and third to Peter Pellegrini's Hlas.",
      f"Второе место заняла либеральная «Прогрессивная Словакия» Михала Шимечки с 21,1{NB}%, третье — «Глас» Петера Пеллегрини.")],
    [(f"Явка становила 68,5{NB}% — найвища з 2002 року, повідомило Статистичне управління Словаччини.",
      "Turnout was 68.5%, the highest since 2002, according to the Statistical Office of the Slovak Republic.",
      f"Явка составила 68,5{NB}% — самая высокая с 2002 года, сообщило статистическое управление Словакии."),
     ("Для формування уряду «Смеру» знадобиться щонайменше 76 голосів у 150-місцевій Національній раді.",
      "To form a government, Smer will need at least 76 votes in the 150-seat National Council.",
      "Для формирования правительства «Смеру» понадобится не менее 76 голосов в Национальном совете из 150 депутатов.")],
    [("Фіцо заявив, що першим кроком нового уряду стане припинення військової допомоги Україні, яку Братислава надавала з 2022 року.",
      "Fico said the first step of the new government would be to end military aid to Ukraine, which Bratislava had been providing since 2022.",
      "Фицо заявил, что первым шагом нового правительства станет прекращение военной помощи Украине, которую Братислава оказывала с 2022 года."),
     ("Лідер «Прогресивної Словаччини» Шимечка назвав результат «тривожним сигналом для Європи», але не виключив переговорів з «Голосом».",
      "Progressive Slovakia leader Šimečka called the result “a worrying signal for Europe” but did not rule out talks with Hlas.",
      "Лидер «Прогрессивной Словакии» Шимечка назвал результат «тревожным сигналом для Европы», но не исключил переговоров с «Гласом»."),
     ("Спостерігачі ОБСЄ повідомили про поодинокі порушення, але загалом визнали вибори вільними.",
      "OSCE observers reported isolated irregularities but judged the election free overall.",
      "Наблюдатели ОБСЕ сообщили об отдельных нарушениях, но в целом признали выборы свободными.",
      {"brk": "en ru"})],
    [("Президентка Зузана Чапутова доручить переможцю сформувати уряд після оголошення офіційних результатів 4 жовтня.",
      "President Zuzana Čaputová will ask the winner to form a government after the official results are announced on October 4.",
      "Президент Зузана Чапутова поручит победителю сформировать правительство после объявления официальных итогов 4 октября."),
     ("Словацькі виборці за кордоном уперше могли голосувати поштою, і цим скористалися 58 тис. людей.",
      "Slovak voters abroad could vote by post for the first time, and 58,000 people did so.",
      "Словацкие избиратели за рубежом впервые могли голосовать по почте, и этим воспользовались 58 тыс. человек."),
     ("У Брюсселі речниця Єврокомісії нагадала, що Словаччина щороку отримує з бюджету ЄС близько 2 млрд євро.",
      "In Brussels, a European Commission spokeswoman noted that Slovakia receives about 2 billion euros a year from the EU budget.",
      "В Брюсселе представитель Еврокомиссии напомнила, что Словакия ежегодно получает из бюджета ЕС около 2 млрд евро.")],
]
SWAPS["slovakia-election"] = [
    ({"Смер": "Голос"}, {"Smer": "Hlas"}, {"Смер": "Глас"}, "name"),
    ({"Словаччині": "Чехії"}, {"Slovak": "Czech"}, {"Словакии": "Чехии"}, "place"),
    ({"Роберта Фіцо": "Петера Пеллегріні"}, {"Robert Fico's": "Peter Pellegrini's"}, {"Роберта Фицо": "Петера Пеллегрини"}, "person"),
    ({"Роберта Фіцо": "Романа Фіцо"}, {"Robert Fico's": "Roman Fico's"}, {"Роберта Фицо": "Романа Фицо"}, "first"),
    ({"Міхала Шимечки": "Мартіна Шимечки"}, {"Michal Šimečka's": "Martin Šimečka's"}, {"Михала Шимечки": "Мартина Шимечки"}, "first"),
    ({"Петера Пеллегріні": "Андрея Данка"}, {"Peter Pellegrini's": "Andrej Danko's"}, {"Петера Пеллегрини": "Андрея Данко"}, "person"),
    ({"Статистичне управління Словаччини": "Міністерство внутрішніх справ Словаччини"},
     {"the Statistical Office of the Slovak Republic": "the Slovak Interior Ministry"},
     {"статистическое управление Словакии": "министерство внутренних дел Словакии"}, "org"),
    ({"Смеру": "Голосу"}, {"Smer": "Hlas"}, {"Смеру": "Гласу"}, "name"),
    ({"Фіцо": "Фіала", "Роберта Фіцо": "Роберта Фіали"}, {"Fico": "Fiala"}, {"Фицо": "Фиала", "Роберта Фицо": "Роберта Фиалы"}, "similar"),
    ({"Братислава": "Прага"}, {"Bratislava": "Prague"}, {"Братислава": "Прага"}, "place"),
    ({"Голосом": "Республікою"}, {"Hlas": "Republika"}, {"Гласом": "Республикой"}, "name"),
    ({"Шимечка": "Шимечек"}, {"Šimečka": "Šimeček"}, {"Шимечка": "Шимечек"}, "similar"),
    ({"ОБСЄ": "ПАРЄ"}, {"OSCE": "PACE"}, {"ОБСЕ": "ПАСЕ"}, "acronym"),
    ({"Зузана Чапутова": "Івета Чапутова"}, {"Zuzana Čaputová": "Iveta Čaputová"}, {"Зузана Чапутова": "Ивета Чапутова"}, "first"),
    ({"Словацькі": "Чеські"}, {"Slovak": "Czech"}, {"Словацкие": "Чешские"}, "nationality"),
    ({"Брюсселі": "Страсбурзі"}, {"Brussels": "Strasbourg"}, {"Брюсселе": "Страсбурге"}, "place"),
    ({"Єврокомісії": "Європарламенту"}, {"European Commission": "European Parliament"}, {"Еврокомиссии": "Европарламента"}, "org"),
]

# --------------------------------------------------------------------------- 8
ARTICLES["south-africa-mine-accident"] = [
    [("Під час аварії на платиновій шахті в ПАР загинули 13 гірників",
      "13 miners killed in South African platinum mine accident",
      "При аварии на платиновой шахте в ЮАР погибли 13 горняков")],
    [("Тринадцять гірників загинули і 75 дістали поранень, коли на шахті компанії Mogale Platinum поблизу Рустенбурга обірвався трос підйомника.",
      "Thirteen miners were killed and 75 injured when a hoist cable snapped at a Mogale Platinum shaft near Rustenburg.",
      "Тринадцать горняков погибли и 75 получили ранения, когда на шахте компании Mogale Platinum близ Рустенбурга оборвался трос подъемника."),
     ("Кліть із 88 робітниками впала з глибини близько 200 метрів у середу ввечері, наприкінці зміни.",
      "The cage, carrying 88 workers, plunged from a depth of about 200 metres on Wednesday evening, at the end of a shift.",
      "Клеть с 88 рабочими упала с глубины около 200 метров в среду вечером, в конце смены.")],
    [("Міністр мінеральних ресурсів Гведе Манташе, який прибув на місце в четвер, пообіцяв «ретельне і незалежне» розслідування.",
      "Mineral Resources Minister Gwede Mantashe, who arrived at the scene on Thursday, promised a “thorough and independent” investigation.",
      "Министр минеральных ресурсов Гведе Манташе, прибывший на место в четверг, пообещал «тщательное и независимое» расследование."),
     ("За його даними, підйомник востаннє перевіряли в липні, і тоді інспектори порушень не виявили.",
      "According to him, the hoist had last been inspected in July, and inspectors had found no faults at the time.",
      "По его данным, подъемник в последний раз проверяли в июле, и тогда инспекторы нарушений не выявили.")],
    [("Національна спілка гірників (NUM) вимагає зупинити всі шахти Mogale до завершення перевірок.",
      "The National Union of Mineworkers (NUM) is demanding that all Mogale shafts be halted until inspections are complete.",
      "Национальный союз горняков (NUM) требует остановить все шахты Mogale до завершения проверок."),
     ("Генеральний секретар NUM Вільям Матебула сказав, що профспілка роками попереджала про зношене обладнання.",
      "NUM general secretary William Mathebula said the union had been warning about worn-out equipment for years.",
      "Генеральный секретарь NUM Уильям Матебула сказал, что профсоюз годами предупреждал об изношенном оборудовании."),
     ("Компанія заявила, що виплатить родинам загиблих по 500 тис. рандів і покриє витрати на поховання.",
      "The company said it would pay the families of the dead 500,000 rand each and cover the funeral costs.",
      "Компания заявила, что выплатит семьям погибших по 500 тыс. рэндов и покроет расходы на похороны.",
      {"brk": "en"})],
    [("Це найсмертоносніша аварія в гірничій галузі ПАР з 2009 року, коли на шахті в провінції Фрі-Стейт загинули 20 людей.",
      "It is the deadliest accident in South Africa's mining industry since 2009, when 20 people died at a mine in Free State province.",
      "Это самая смертоносная авария в горнодобывающей отрасли ЮАР с 2009 года, когда на шахте в провинции Фри-Стейт погибли 20 человек."),
     ("Президент Сиріл Рамафоса висловив співчуття родинам і доручив Манташе щотижня звітувати про хід розслідування.",
      "President Cyril Ramaphosa offered his condolences to the families and instructed Mantashe to report weekly on the investigation.",
      "Президент Сирил Рамафоса выразил соболезнования семьям и поручил Манташе еженедельно докладывать о ходе расследования."),
     (f"Акції Mogale на Йоганнесбурзькій біржі в четвер впали на 17{NB}%.",
      "Mogale shares fell 17% on the Johannesburg Stock Exchange on Thursday.",
      f"Акции Mogale на Йоханнесбургской бирже в четверг упали на 17{NB}%.")],
]
SWAPS["south-africa-mine-accident"] = [
    ({"ПАР": "Зімбабве"}, {"South African": "Zimbabwean"}, {"ЮАР": "Зимбабве"}, "place"),
    ({"Рустенбурга": "Марікани"}, {"Rustenburg": "Marikana"}, {"Рустенбурга": "Мариканы"}, "place"),
    ({"Mogale Platinum": "Thaba Platinum", "Mogale": "Thaba"}, {"Mogale Platinum": "Thaba Platinum", "Mogale": "Thaba"},
     {"Mogale Platinum": "Thaba Platinum", "Mogale": "Thaba"}, "name"),
    ({"Гведе Манташе": "Сиріл Рамафоса"}, {"Gwede Mantashe": "Cyril Ramaphosa"}, {"Гведе Манташе": "Сирил Рамафоса"}, "person"),
    ({"Гведе Манташе": "Фікіле Мбалула", "Манташе": "Мбалулі"}, {"Gwede Mantashe": "Fikile Mbalula", "Mantashe": "Mbalula"},
     {"Гведе Манташе": "Фикиле Мбалула", "Манташе": "Мбалуле"}, "person"),
    ({"NUM": "AMCU"}, {"NUM": "AMCU"}, {"NUM": "AMCU"}, "acronym"),
    ({"Національна спілка гірників": "Конгрес південноафриканських профспілок"},
     {"National Union of Mineworkers": "Congress of South African Trade Unions"},
     {"Национальный союз горняков": "Конгресс южноафриканских профсоюзов"}, "org"),
    ({"Вільям Матебула": "Джозеф Матебула"}, {"William Mathebula": "Joseph Mathebula"}, {"Уильям Матебула": "Джозеф Матебула"}, "first"),
    ({"Вільям Матебула": "Вільям Матабела"}, {"William Mathebula": "William Mathabela"}, {"Уильям Матебула": "Уильям Матабела"}, "similar"),
    ({"ПАР": "Зімбабве"}, {"South Africa's": "Zimbabwe's"}, {"ЮАР": "Зимбабве"}, "place"),
    ({"Фрі-Стейт": "Мпумаланга"}, {"Free State": "Mpumalanga"}, {"Фри-Стейт": "Мпумаланга"}, "place"),
    ({"Сиріл Рамафоса": "Джейкоб Зума"}, {"Cyril Ramaphosa": "Jacob Zuma"}, {"Сирил Рамафоса": "Джейкоб Зума"}, "person"),
    ({"Йоганнесбурзькій": "Лондонській"}, {"Johannesburg": "London"}, {"Йоханнесбургской": "Лондонской"}, "place"),
]

# --------------------------------------------------------------------------- 9
ARTICLES["norway-wealth-fund"] = [
    [("Норвезький суверенний фонд вийшов з акцій шести компаній через порушення прав людини",
      "Norway's wealth fund drops six companies over human rights abuses",
      "Норвежский суверенный фонд вышел из акций шести компаний из-за нарушений прав человека")],
    [("Державний пенсійний фонд Норвегії, найбільший у світі суверенний фонд з активами понад 1,8 трлн доларів, продасть частки в шести компаніях.",
      "The Government Pension Fund of Norway, the world's largest sovereign wealth fund with assets of over $1.8 trillion, will sell its stakes in six companies.",
      "Государственный пенсионный фонд Норвегии, крупнейший в мире суверенный фонд с активами более 1,8 трлн долларов, продаст доли в шести компаниях."),
     ("Рішення ухвалив центральний банк Norges Bank, який керує фондом, за рекомендацією ради з етики.",
      "The decision was taken by Norges Bank, the central bank that manages the fund, on the recommendation of its Council on Ethics.",
      "Решение принял управляющий фондом центральный банк Norges Bank по рекомендации Совета по этике.")],
    [("Серед них — американська Kestrel Mining і японська Sanwa Heavy, які, за даними ради, використовували примусову працю на підприємствах постачальників.",
      "They include America's Kestrel Mining and Japan's Sanwa Heavy, which according to the council used forced labour at suppliers' plants.",
      "Среди них — американская Kestrel Mining и японская Sanwa Heavy, которые, по данным совета, использовали принудительный труд на предприятиях поставщиков."),
     ("Загальна вартість пакетів, що продаються, становить близько 2,3 млрд крон.",
      "The stakes being sold are worth about 2.3 billion crowns in total.",
      "Общая стоимость продаваемых пакетов составляет около 2,3 млрд крон.")],
    [("Виконавчий директор фонду Нікола Танген сказав агентству Reuters, що етичні критерії «не є предметом торгу».",
      "The fund's chief executive, Nicolai Tangen, told Reuters that its ethical criteria were “not up for negotiation”.",
      "Исполнительный директор фонда Николай Танген сказал агентству Reuters, что этические критерии «не являются предметом торга»."),
     (f"Минулого року фонд заробив 2,5 трлн крон, або 16,1{NB}%, завдяки зростанню акцій технологічних компаній.",
      "Last year the fund earned 2.5 trillion crowns, or 16.1%, thanks to rising technology stocks.",
      f"В прошлом году фонд заработал 2,5 трлн крон, или 16,1{NB}%, благодаря росту акций технологических компаний.")],
    [("Міністр фінансів Єнс Столтенберг заявив у стортингу, що уряд підтримує рішення і не вважає, що воно зашкодить відносинам зі Сполученими Штатами.",
      "Finance Minister Jens Stoltenberg told the Storting that the government backed the decision and did not believe it would harm relations with the United States.",
      "Министр финансов Йенс Столтенберг заявил в Стортинге, что правительство поддерживает решение и не считает, что оно навредит отношениям с Соединенными Штатами."),
     ("Норвежці давно сперечаються, чи має фонд бути інструментом зовнішньої політики, зазначає газета Aftenposten.",
      "Norwegians have long argued over whether the fund should be a foreign-policy tool, the newspaper Aftenposten notes.",
      "Норвежцы давно спорят, должен ли фонд быть инструментом внешней политики, отмечает газета Aftenposten."),
     ("Опозиційна Партія прогресу вимагає переглянути правила ради з етики до виборів у вересні.",
      "The opposition Progress Party wants the ethics council's rules reviewed before the September election.",
      "Оппозиционная Партия прогресса требует пересмотреть правила совета по этике до выборов в сентябре.",
      {"brk": "uk"}),
     (f"Фонд володіє в середньому 1,5{NB}% акцій кожної публічної компанії світу і має частки майже у 9 тис. з них.",
      "The fund owns on average 1.5% of every listed company in the world and holds stakes in almost 9,000 of them.",
      f"Фонд владеет в среднем 1,5{NB}% акций каждой публичной компании мира и имеет доли почти в 9 тыс. из них.")],
]
SWAPS["norway-wealth-fund"] = [
    ({"Норвезький": "Шведський"}, {"Norway's": "Sweden's"}, {"Норвежский": "Шведский"}, "nationality"),
    ({"Норвегії": "Швеції"}, {"Norway": "Sweden"}, {"Норвегии": "Швеции"}, "place"),
    ({"Norges Bank": "Finanstilsynet"}, {"Norges Bank": "Finanstilsynet"}, {"Norges Bank": "Finanstilsynet"}, "org"),
    ({"американська": "канадська"}, {"America's": "Canada's"}, {"американская": "канадская"}, "nationality"),
    ({"японська": "південнокорейська"}, {"Japan's": "South Korea's"}, {"японская": "южнокорейская"}, "nationality"),
    ({"Kestrel Mining": "Falcon Mining"}, {"Kestrel Mining": "Falcon Mining"}, {"Kestrel Mining": "Falcon Mining"}, "name"),
    ({"Sanwa Heavy": "Sanyo Heavy"}, {"Sanwa Heavy": "Sanyo Heavy"}, {"Sanwa Heavy": "Sanyo Heavy"}, "similar"),
    ({"Reuters": "Bloomberg"}, {"Reuters": "Bloomberg"}, {"Reuters": "Bloomberg"}, "name"),
    ({"Нікола Танген": "Ерік Танген"}, {"Nicolai Tangen": "Erik Tangen"}, {"Николай Танген": "Эрик Танген"}, "first"),
    ({"Єнс Столтенберг": "Йонас Гар Стьоре"}, {"Jens Stoltenberg": "Jonas Gahr Støre"}, {"Йенс Столтенберг": "Йонас Гар Стёре"}, "person"),
    ({"Єнс Столтенберг": "Торвальд Столтенберг"}, {"Jens Stoltenberg": "Thorvald Stoltenberg"},
     {"Йенс Столтенберг": "Торвальд Столтенберг"}, "first"),
    ({"Сполученими Штатами": "Китаєм"}, {"United States": "China"}, {"Соединенными Штатами": "Китаем"}, "place"),
    ({"Норвежці": "Шведи"}, {"Norwegians": "Swedes"}, {"Норвежцы": "Шведы"}, "nationality"),
    ({"Aftenposten": "Dagens Næringsliv"}, {"Aftenposten": "Dagens Næringsliv"}, {"Aftenposten": "Dagens Næringsliv"}, "name"),
    ({"Партія прогресу": "Партія центру"}, {"Progress Party": "Centre Party"}, {"Партия прогресса": "Партия центра"}, "name"),
]

# --------------------------------------------------------------------------- 10
ARTICLES["croatia-tourism-season"] = [
    [("Хорватія очікує рекордного туристичного сезону",
      "Croatia expects record tourist season",
      "Хорватия ожидает рекордного туристического сезона")],
    [(f"За перше півріччя Хорватію відвідали 8,7 млн туристів, що на 6{NB}% більше, ніж торік, повідомило Міністерство туризму.",
      "Croatia welcomed 8.7 million tourists in the first half of the year, 6% more than a year earlier, the tourism ministry said.",
      f"За первое полугодие Хорватию посетили 8,7 млн туристов, что на 6{NB}% больше, чем годом ранее, сообщило министерство туризма."),
     (f"Найбільше гостей приїхало з Німеччини, Словенії та Австрії, а кількість поляків зросла на 11{NB}%.",
      "Most visitors came from Germany, Slovenia and Austria, while the number of Poles rose by 11%.",
      f"Больше всего гостей приехало из Германии, Словении и Австрии, а число поляков выросло на 11{NB}%.")],
    [("Міністр туризму Тончі Главіна сказав, що країна вперше може перевищити 21 млн туристів за рік.",
      "Tourism Minister Tonči Glavina said the country could for the first time exceed 21 million tourists in a year.",
      "Министр туризма Тончи Главина сказал, что страна впервые может превысить 21 млн туристов за год."),
     ("Найпопулярнішими залишаються Дубровник, Спліт і острів Хвар, де в липні середня ціна номера сягнула 240 євро за ніч.",
      "Dubrovnik, Split and the island of Hvar remain the most popular, and on the island the average room price reached 240 euros a night in July.",
      "Самыми популярными остаются Дубровник, Сплит и остров Хвар, где в июле средняя цена номера достигла 240 евро за ночь.")],
    [("Мер Дубровника Мато Франкович запровадив ліміт у 4 тис. круїзних пасажирів на день, щоб розвантажити старе місто.",
      "Dubrovnik mayor Mato Franković has capped cruise passengers at 4,000 a day to relieve the old town.",
      "Мэр Дубровника Мато Франкович ввел лимит в 4 тыс. круизных пассажиров в день, чтобы разгрузить старый город."),
     ("Хорватка Ана Радич, власниця готелю «Адріатик» у Спліті, скаржиться, що через брак персоналу мусить наймати працівників з Непалу та Філіппін.",
      "Ana Radić, a Croatian who owns the Adriatic hotel in Split, complains that staff shortages force her to hire workers from Nepal and the Philippines.",
      "Хорватка Ана Радич, владелица отеля «Адриатик» в Сплите, жалуется, что из-за нехватки персонала вынуждена нанимать работников из Непала и Филиппин."),
     ("Хорватське національне туристичне управління (HTZ) цього року витратило на рекламу 25 млн євро, зокрема в Польщі та Чехії.",
      "The Croatian National Tourist Board (HTZ) has spent 25 million euros on advertising this year, including in Poland and the Czech Republic.",
      "Хорватское национальное туристическое управление (HTZ) в этом году потратило на рекламу 25 млн евро, в том числе в Польше и Чехии.",
      {"brk": "ru"})],
    [("Сезону додали й футбольні збори: «Гайдук» та загребське «Динамо» прийняли на своїх базах шість іноземних клубів.",
      "Football training camps have also helped: Hajduk Split and Dinamo Zagreb hosted six foreign clubs at their bases.",
      "Сезону помогли и футбольные сборы: «Хайдук» и загребское «Динамо» приняли на своих базах шесть иностранных клубов."),
     (f"Національний банк Хорватії оцінює цьогорічні доходи від туризму в 15 млрд євро, або майже 20{NB}% ВВП.",
      "The Croatian National Bank estimates this year's tourism revenue at 15 billion euros, almost 20% of GDP.",
      f"Национальный банк Хорватии оценивает доходы от туризма в этом году в 15 млрд евро, или почти 20{NB}% ВВП."),
     ("Головним ризиком лишаються лісові пожежі: у серпні 2024 року вогонь підступив до передмість Спліта.",
      "Wildfires remain the main risk: in August 2024 a blaze reached the outskirts of Split.",
      "Главным риском остаются лесные пожары: в августе 2024 года огонь подошел к пригородам Сплита.")],
]
SWAPS["croatia-tourism-season"] = [
    ({"Хорватія": "Чорногорія"}, {"Croatia": "Montenegro"}, {"Хорватия": "Черногория"}, "place"),
    ({"Хорватію": "Словенію"}, {"Croatia": "Slovenia"}, {"Хорватию": "Словению"}, "place"),
    ({"Міністерство туризму": "Державне бюро статистики"}, {"tourism ministry": "state statistics bureau"},
     {"министерство туризма": "государственное бюро статистики"}, "org"),
    ({"поляків": "чехів"}, {"Poles": "Czechs"}, {"поляков": "чехов"}, "nationality"),
    ({"Австрії": "Угорщини"}, {"Austria": "Hungary"}, {"Австрии": "Венгрии"}, "place"),
    ({"Тончі Главіна": "Анте Главіна"}, {"Tonči Glavina": "Ante Glavina"}, {"Тончи Главина": "Анте Главина"}, "first"),
    ({"Хвар": "Брач"}, {"Hvar": "Brač"}, {"Хвар": "Брач"}, "place"),
    ({"Дубровник": "Задар"}, {"Dubrovnik": "Zadar"}, {"Дубровник": "Задар"}, "place"),
    ({"Дубровника": "Спліта"}, {"Dubrovnik": "Split"}, {"Дубровника": "Сплита"}, "place"),
    ({"Мато Франкович": "Марко Франкович"}, {"Mato Franković": "Marko Franković"}, {"Мато Франкович": "Марко Франкович"}, "first"),
    ({"Мато Франкович": "Мато Франич"}, {"Mato Franković": "Mato Franić"}, {"Мато Франкович": "Мато Франич"}, "similar"),
    ({"Хорватка": "Словенка"}, {"Croatian": "Slovenian"}, {"Хорватка": "Словенка"}, "nationality"),
    ({"Ана Радич": "Іва Радич"}, {"Ana Radić": "Iva Radić"}, {"Ана Радич": "Ива Радич"}, "first"),
    ({"Адріатик": "Палас"}, {"Adriatic": "Palace"}, {"Адриатик": "Палас"}, "name"),
    ({"Спліті": "Задарі"}, {"Split": "Zadar"}, {"Сплите": "Задаре"}, "place"),
    ({"Непалу": "Бангладеш"}, {"Nepal": "Bangladesh"}, {"Непала": "Бангладеш"}, "place"),
    ({"HTZ": "HGK"}, {"HTZ": "HGK"}, {"HTZ": "HGK"}, "acronym"),
    ({"Польщі": "Словаччині"}, {"Poland": "Slovakia"}, {"Польше": "Словакии"}, "place"),
    ({"Гайдук": "Рієка"}, {"Hajduk Split": "HNK Rijeka"}, {"Хайдук": "Риека"}, "club"),
    ({"загребське «Динамо»": "київське «Динамо»"}, {"Dinamo Zagreb": "Dynamo Kyiv"}, {"загребское «Динамо»": "киевское «Динамо»"}, "club"),
    ({"ВВП": "ВНП"}, {"GDP": "GNP"}, {"ВВП": "ВНП"}, "acronym"),
    ({"Національний банк Хорватії": "Міністерство фінансів Хорватії"}, {"Croatian National Bank": "Croatian Finance Ministry"},
     {"Национальный банк Хорватии": "Министерство финансов Хорватии"}, "org"),
    ({"Спліта": "Шибеника"}, {"Split": "Šibenik"}, {"Сплита": "Шибеника"}, "place"),
]

# --------------------------------------------------------------------------- 11
ARTICLES["ukraine-paralympic-team"] = [
    [("Паралімпійська збірна України здобула 82 медалі в Парижі",
      "Ukraine's Paralympic team wins 82 medals in Paris",
      "Паралимпийская сборная Украины завоевала 82 медали в Париже")],
    [("Українські паралімпійці завершили Ігри в Парижі з 22 золотими, 28 срібними та 32 бронзовими нагородами й посіли сьоме місце в медальному заліку.",
      "Ukraine's Paralympians finished the Paris Games with 22 gold, 28 silver and 32 bronze medals, placing seventh in the medal table.",
      "Украинские паралимпийцы завершили Игры в Париже с 22 золотыми, 28 серебряными и 32 бронзовыми наградами и заняли седьмое место в медальном зачете."),
     ("Перше місце в заліку — у Китаю, друге — у Великої Британії, третє — у США.",
      "China topped the table ahead of Great Britain, with the United States third.",
      "Первое место в зачете — у Китая, второе — у Великобритании, третье — у США.")],
    [("Найтитулованішим у команді став плавець Максим Крипак, який виграв чотири золоті медалі.",
      "The team's most decorated athlete was swimmer Maksym Krypak, who won four gold medals.",
      "Самым титулованным в команде стал пловец Максим Крыпак, выигравший четыре золотые медали."),
     ("Легкоатлетка Олександра Федорова двічі встановила світовий рекорд у бігу на 400 метрів.",
      "Sprinter Oleksandra Fedorova twice set a world record in the 400 metres.",
      "Легкоатлетка Александра Федорова дважды установила мировой рекорд в беге на 400 метров."),
     ("Вона тренується в дніпровському клубі «Дніпро-Інва», база якого торік постраждала від ракетного удару.",
      "She trains at the Dnipro-Inva club in Dnipro, whose base was damaged by a missile strike last year.",
      "Она тренируется в днепровском клубе «Днепр-Инва», база которого в прошлом году пострадала от ракетного удара.")],
    [("Президент Національного паралімпійського комітету України Валерій Сушкевич сказав, що команда готувалася в умовах війни, без постійних баз.",
      "Valeriy Sushkevych, president of Ukraine's National Paralympic Committee, said the team had prepared in wartime, without permanent bases.",
      "Президент Национального паралимпийского комитета Украины Валерий Сушкевич сказал, что команда готовилась в условиях войны, без постоянных баз."),
     ("За його словами, 14 членів збірної — ветерани, які дістали поранення на фронті.",
      "He said 14 members of the team were veterans wounded at the front.",
      "По его словам, 14 членов сборной — ветераны, получившие ранения на фронте."),
     ("Кожен паралімпійський чемпіон отримає від держави 125 тис. доларів, повідомило Міністерство молоді та спорту.",
      "Each Paralympic champion will receive $125,000 from the state, the youth and sports ministry said.",
      "Каждый паралимпийский чемпион получит от государства 125 тыс. долларов, сообщило Министерство молодежи и спорта.",
      {"brk": "en"})],
    [("Збірна повернулася до Києва потягом з Перемишля у вівторок, і на вокзалі її зустрічали кілька сотень людей.",
      "The team returned to Kyiv by train from Przemyśl on Tuesday and was met by several hundred people at the station.",
      "Сборная вернулась в Киев поездом из Перемышля во вторник, и на вокзале ее встречали несколько сотен человек."),
     ("Наступні Паралімпійські ігри відбудуться 2026 року в Мілані та Кортіні-д’Ампеццо.",
      "The next Paralympic Games will be held in Milan and Cortina d'Ampezzo in 2026.",
      "Следующие Паралимпийские игры пройдут в 2026 году в Милане и Кортина-д’Ампеццо.")],
]
SWAPS["ukraine-paralympic-team"] = [
    ({"Парижі": "Лондоні"}, {"Paris": "London"}, {"Париже": "Лондоне"}, "place"),
    ({"Великої Британії": "Нідерландів"}, {"Great Britain": "the Netherlands"}, {"Великобритании": "Нидерландов"}, "place"),
    ({"Китаю": "Бразилії"}, {"China": "Brazil"}, {"Китая": "Бразилии"}, "place"),
    ({"Максим Крипак": "Максим Крупак"}, {"Maksym Krypak": "Maksym Krupak"}, {"Максим Крыпак": "Максим Крупак"}, "similar"),
    ({"Максим Крипак": "Андрій Трусов"}, {"Maksym Krypak": "Andrii Trusov"}, {"Максим Крыпак": "Андрей Трусов"}, "person"),
    ({"Олександра Федорова": "Оксана Федорова"}, {"Oleksandra Fedorova": "Oksana Fedorova"},
     {"Александра Федорова": "Оксана Федорова"}, "first"),
    ({"Дніпро-Інва": "Славутич"}, {"Dnipro-Inva": "Slavutych"}, {"Днепр-Инва": "Славутич"}, "club"),
    ({"дніпровському": "запорізькому"}, {"Dnipro": "Zaporizhzhia"}, {"днепровском": "запорожском"}, "place"),
    ({"Валерій Сушкевич": "Володимир Сушкевич"}, {"Valeriy Sushkevych": "Volodymyr Sushkevych"},
     {"Валерий Сушкевич": "Владимир Сушкевич"}, "first"),
    ({"Національного паралімпійського комітету України": "Національного олімпійського комітету України"},
     {"National Paralympic Committee": "National Olympic Committee"},
     {"Национального паралимпийского комитета Украины": "Национального олимпийского комитета Украины"}, "org"),
    ({"Міністерство молоді та спорту": "Міністерство соціальної політики"}, {"youth and sports ministry": "social policy ministry"},
     {"Министерство молодежи и спорта": "Министерство социальной политики"}, "org"),
    ({"Перемишля": "Хелма"}, {"Przemyśl": "Chełm"}, {"Перемышля": "Хелма"}, "place"),
    ({"Києва": "Львова"}, {"Kyiv": "Lviv"}, {"Киев": "Львов"}, "place"),
    ({"Мілані": "Турині"}, {"Milan": "Turin"}, {"Милане": "Турине"}, "place"),
]

# --------------------------------------------------------------------------- 12
ARTICLES["greece-ferry-strike"] = [
    [("Страйк моряків паралізував поромне сполучення в Греції",
      "Seafarers' strike paralyses ferry services in Greece",
      "Забастовка моряков парализовала паромное сообщение в Греции")],
    [("Усі пороми в портах Пірея, Рафіни та Лавріона у вівторок залишилися біля причалів через 48-годинний страйк профспілки моряків PNO.",
      "All ferries in the ports of Piraeus, Rafina and Lavrio stayed in dock on Tuesday because of a 48-hour strike by the PNO seafarers' union.",
      "Все паромы в портах Пирея, Рафины и Лавриона во вторник остались у причалов из-за 48-часовой забастовки профсоюза моряков PNO."),
     (f"Моряки вимагають підвищити зарплати на 10{NB}% і скасувати закон, що дозволяє судновласникам скорочувати екіпажі.",
      "The seafarers are demanding a 10% pay rise and the repeal of a law that allows shipowners to reduce crew sizes.",
      f"Моряки требуют повысить зарплаты на 10{NB}% и отменить закон, позволяющий судовладельцам сокращать экипажи.")],
    [("Через страйк скасовано понад 300 рейсів на острови Кіклад і Додеканес, зокрема на Санторині, Міконос і Родос.",
      "More than 300 sailings to the Cyclades and Dodecanese islands were cancelled, including to Santorini, Mykonos and Rhodes.",
      "Из-за забастовки отменено более 300 рейсов на острова Киклад и Додеканес, в том числе на Санторини, Миконос и Родос."),
     ("Тисячі туристів застрягли в Піреї, а туроператор TUI запропонував клієнтам безкоштовно перенести поїздки.",
      "Thousands of tourists were stranded in Piraeus, and tour operator TUI offered customers free rebooking.",
      "Тысячи туристов застряли в Пирее, а туроператор TUI предложил клиентам бесплатно перенести поездки.")],
    [("Міністр судноплавства Хрістос Стиліанідіс назвав страйк «безвідповідальним» у розпал туристичного сезону.",
      "Shipping Minister Christos Stylianides called the strike “irresponsible” at the height of the tourist season.",
      "Министр судоходства Христос Стилианидис назвал забастовку «безответственной» в разгар туристического сезона."),
     ("Він пообіцяв, що уряд Кіріакоса Міцотакіса розгляне вимоги після закінчення страйку в четвер.",
      "He promised that Kyriakos Mitsotakis's government would consider the demands once the strike ends on Thursday.",
      "Он пообещал, что правительство Кириакоса Мицотакиса рассмотрит требования после окончания забастовки в четверг."),
     (f"Генеральний секретар PNO Йоргос Ставру сказав, що за два роки ціни на квитки зросли на 30{NB}%, а зарплати моряків — лише на 4{NB}%.",
      "PNO general secretary Giorgos Stavrou said ticket prices had risen by 30% in two years, but seafarers' wages by only 4%.",
      f"Генеральный секретарь PNO Георгиос Ставру сказал, что за два года цены на билеты выросли на 30{NB}%, а зарплаты моряков — лишь на 4{NB}%.",
      {"join": "en"})],
    [("Страйк зачепив і футбол: матч «Олімпіакоса» проти ОФІ на Криті перенесли, бо вболівальники не змогли дістатися острова.",
      "The strike also hit football: Olympiacos's match against OFI in Crete was postponed because fans could not reach the island.",
      "Забастовка затронула и футбол: матч «Олимпиакоса» против ОФИ на Крите перенесли, так как болельщики не смогли добраться до острова."),
     ("Грецька конфедерація туризму SETE оцінює щоденні втрати галузі в 25 млн євро.",
      "The Greek Tourism Confederation SETE puts the industry's daily losses at 25 million euros.",
      "Греческая конфедерация туризма SETE оценивает ежедневные потери отрасли в 25 млн евро."),
     ("Попередній загальнонаціональний страйк моряків у червні 2023 року тривав три дні.",
      "The previous nationwide seafarers' strike, in June 2023, lasted three days.",
      "Предыдущая общенациональная забастовка моряков в июне 2023 года длилась три дня.")],
]
SWAPS["greece-ferry-strike"] = [
    ({"Греції": "Італії"}, {"Greece": "Italy"}, {"Греции": "Италии"}, "place"),
    ({"PNO": "GSEE"}, {"PNO": "GSEE"}, {"PNO": "GSEE"}, "acronym"),
    ({"Рафіни": "Патр"}, {"Rafina": "Patras"}, {"Рафины": "Патр"}, "place"),
    ({"Міконос": "Наксос"}, {"Mykonos": "Naxos"}, {"Миконос": "Наксос"}, "place"),
    ({"Родос": "Кос"}, {"Rhodes": "Kos"}, {"Родос": "Кос"}, "place"),
    ({"TUI": "Jet2"}, {"TUI": "Jet2"}, {"TUI": "Jet2"}, "name"),
    ({"Піреї": "Афінах"}, {"Piraeus": "Athens"}, {"Пирее": "Афинах"}, "place"),
    ({"Хрістос Стиліанідіс": "Хрістос Стефанідіс"}, {"Christos Stylianides": "Christos Stefanidis"},
     {"Христос Стилианидис": "Христос Стефанидис"}, "similar"),
    ({"Хрістос Стиліанідіс": "Нікос Дендіас"}, {"Christos Stylianides": "Nikos Dendias"}, {"Христос Стилианидис": "Никос Дендиас"}, "person"),
    ({"Кіріакоса Міцотакіса": "Константіноса Міцотакіса"}, {"Kyriakos Mitsotakis's": "Konstantinos Mitsotakis's"},
     {"Кириакоса Мицотакиса": "Константиноса Мицотакиса"}, "first"),
    ({"Йоргос Ставру": "Нікос Ставру"}, {"Giorgos Stavrou": "Nikos Stavrou"}, {"Георгиос Ставру": "Никос Ставру"}, "first"),
    ({"Олімпіакоса": "Панатінаїкоса"}, {"Olympiacos's": "Panathinaikos's"}, {"Олимпиакоса": "Панатинаикоса"}, "club"),
    ({"ОФІ": "АЕК"}, {"OFI": "AEK"}, {"ОФИ": "АЕК"}, "club"),
    ({"Криті": "Родосі"}, {"Crete": "Rhodes"}, {"Крите": "Родосе"}, "place"),
    ({"SETE": "GNTO"}, {"SETE": "GNTO"}, {"SETE": "GNTO"}, "acronym"),
    ({"Грецька": "Кіпрська"}, {"Greek": "Cypriot"}, {"Греческая": "Кипрская"}, "nationality"),
]

import json
import os
import random
import re
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
EDS = ("uk", "en", "ru")
SEED = 5151
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


def magnitude_mutations(ed, text):
    """(start, end, new) edits that change only the magnitude word after a number (млн -> млрд)."""
    mag = MAGNITUDE[ed]
    rx = re.compile(r"(?<=\d[ \u00a0])(?:" + "|".join(re.escape(k) for k in sorted(mag, key=len, reverse=True)) + r")(?!\w)")
    return [(m.start(), m.end(), mag[m.group()]) for m in rx.finditer(text)]


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
    return muts + magnitude_mutations(ed, text)


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


# Weighted towards entity swaps: 6 of every 15 cards (40%). A "magnitude" card is a number error
# that only changes the magnitude word (млн -> млрд); its gold kind is "number".
KIND_DECK = (["number"] * 2 + ["magnitude"] + ["date"] * 2 + ["entity"] * 6 + ["omission"] * 2
             + ["language"] * 2)
SWAP_DECK = ["person", "similar", "first", "place", "place", "nationality", "acronym", "org", "club", "name"]


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
            elif kind == "magnitude":
                cands += [(ln, m) for m in magnitude_mutations(ed, t)]
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
        gold.append({"line": ln, "kind": "number" if kind == "magnitude" else kind, "odd": [ed], "origin": "injected",
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
