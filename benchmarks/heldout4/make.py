"""Generator of the i18ncheck held-out set 4: `python3 benchmarks/heldout4/make.py` rewrites cases/,
gold.jsonl and index.json next to this file (deterministic: fixed seed).

The articles below were written for this set, independently of the dev benchmark, of the earlier
held-out sets and of i18ncheck itself. Only the generator code was taken over from
benchmarks/heldout3/make.py (none of its articles). As in set 3, the focus is names: people (full
name first, then the surname, a pronoun or a job title), Ukrainian and Russian first-name forms,
foreign names transliterated differently in uk and ru, places with adjectives and demonyms,
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
street...), nationality (adjective or demonym), acronym, name (brand, company, party, product).
Entity errors draw their swap kind from a shuffled deck, so that the injected entity errors cover
all these kinds rather than mostly places.
The stories are synthetic news written for testing; they are not factual reports.
"""

NB = "\u00a0"  # no-break space, as many newsrooms type it inside numbers

ARTICLES = {}
SWAPS = {}

# --------------------------------------------------------------------------- 1
ARTICLES["f1-baku"] = [
    [("Леклер виграв Гран-прі Азербайджану, Піастрі фінішував другим",
      "Leclerc wins Azerbaijan Grand Prix as Piastri takes second",
      "Леклер выиграл Гран-при Азербайджана, Пиастри финишировал вторым")],
    [("Пілот Ferrari Шарль Леклер у неділю, 21 вересня, виграв Гран-прі Азербайджану «Формули-1» на міській трасі в Баку.",
      "Ferrari driver Charles Leclerc won the F1 Azerbaijan Grand Prix on the Baku street circuit on Sunday, September 21.",
      "Пилот Ferrari Шарль Леклер в воскресенье, 21 сентября, выиграл Гран-при Азербайджана «Формулы-1» на городской трассе в Баку."),
     ("Монегаск стартував з поула і випередив австралійця Оскара Піастрі з McLaren на 1,8 секунди.",
      "The Monegasque started from pole and finished 1.8 seconds ahead of McLaren's Australian driver Oscar Piastri.",
      "Монегаск стартовал с поула и опередил австралийца Оскара Пиастри из McLaren на 1,8 секунды."),
     ("Третім став британець Джордж Расселл (Mercedes), який уперше з червня піднявся на подіум.",
      "Britain's George Russell was third for Mercedes, his first podium since June.",
      "Третьим стал британец Джордж Расселл (Mercedes), впервые с июня поднявшийся на подиум.")],
    [("Гонка на 51 коло тривала 1 годину 32 хвилини, а на 14-му колі її зупиняли червоним прапором.",
      "The 51-lap race lasted 1 hour 32 minutes and was red-flagged on lap 14.",
      "Гонка на 51 круг продолжалась 1 час 32 минуты, а на 14-м круге ее останавливали красным флагом."),
     ("Тоді Карлос Сайнс із Williams і канадієць Ленс Строл зіткнулися в 15-му повороті та врізалися в стіну. Обидва гонщики не постраждали.",
      "Williams driver Carlos Sainz and Canada's Lance Stroll had collided at turn 15 and hit the wall; neither was hurt.",
      "Тогда Карлос Сайнс из Williams и канадец Лэнс Стролл столкнулись в 15-м повороте и врезались в стену. Оба гонщика не пострадали."),
     ("Стюарди FIA визнали винним Строла й покарали його 5 секундами штрафу та двома штрафними балами в суперліцензію.",
      "FIA stewards blamed Stroll, handing him a five-second penalty and two penalty points on his superlicence.",
      "Стюарды FIA признали виновным Стролла и наказали его 5 секундами штрафа и двумя штрафными баллами в суперлицензию.",
      {"brk": "en"})],
    [("Керівник Ferrari Фредерік Вассер назвав перемогу «найважливішою для команди в цьому сезоні».",
      "Ferrari team principal Frédéric Vasseur called the win \"the team's most important this season\".",
      "Руководитель Ferrari Фредерик Вассёр назвал победу «самой важной для команды в этом сезоне»."),
     ("Після 17 етапів Леклер піднявся на третє місце в особистому заліку з 246 очками, на 38 очок відстаючи від лідера Піастрі.",
      "After 17 rounds Leclerc has moved up to third in the drivers' standings on 246 points, 38 behind leader Piastri.",
      "После 17 этапов Леклер поднялся на третье место в личном зачете с 246 очками, отставая от лидера Пиастри на 38 очков."),
     ("За даними організаторів, гонку з трибун переглянули 92 тис. глядачів — рекорд для Баку.",
      "Organisers said 92,000 spectators watched from the grandstands, a record for Baku.",
      "По данным организаторов, гонку с трибун посмотрели 92 тысячи зрителей — рекорд для Баку.")],
    [("Наступний етап чемпіонату відбудеться 5 жовтня в Сінгапурі.",
      "The next round of the championship is in Singapore on October 5.",
      "Следующий этап чемпионата пройдет 5 октября в Сингапуре.",
      {"join": "uk"})],
]
SWAPS["f1-baku"] = [
    ({"Шарль Леклер": "Ландо Норріс", "Леклер": "Норріс"}, {"Charles Leclerc": "Lando Norris", "Leclerc": "Norris"},
     {"Шарль Леклер": "Ландо Норрис", "Леклер": "Норрис"}, "person"),
    ({"Ленс Строл": "Лоуренс Строл"}, {"Lance Stroll": "Lawrence Stroll"}, {"Лэнс Стролл": "Лоуренс Стролл"}, "first"),
    ({"Фредерік Вассер": "Фредерік Вассьє"}, {"Frédéric Vasseur": "Frédéric Vassier"}, {"Фредерик Вассёр": "Фредерик Вассье"}, "similar"),
    ({"Сінгапурі": "Остіні"}, {"Singapore": "Austin"}, {"Сингапуре": "Остине"}, "place"),
    ({"Баку": "Джидді"}, {"Baku": "Jeddah"}, {"Баку": "Джидде"}, "place"),
    ({"австралійця": "новозеландця"}, {"Australian": "New Zealand"}, {"австралийца": "новозеландца"}, "nationality"),
    ({"британець": "ірландець"}, {"Britain's": "Ireland's"}, {"британец": "ирландец"}, "nationality"),
    ({"канадієць": "мексиканець"}, {"Canada's": "Mexico's"}, {"канадец": "мексиканец"}, "nationality"),
    ({"Монегаск": "Француз"}, {"Monegasque": "Frenchman"}, {"Монегаск": "Француз"}, "nationality"),
    ({"FIA": "FIM"}, {"FIA": "FIM"}, {"FIA": "FIM"}, "acronym"),
    ({"Ferrari": "Red Bull"}, {"Ferrari": "Red Bull"}, {"Ferrari": "Red Bull"}, "name"),
    ({"Mercedes": "Aston Martin"}, {"Mercedes": "Aston Martin"}, {"Mercedes": "Aston Martin"}, "name"),
    ({"Williams": "Alpine"}, {"Williams": "Alpine"}, {"Williams": "Alpine"}, "name"),
]

# --------------------------------------------------------------------------- 2
ARTICLES["poland-floods"] = [
    [("Повінь на півдні Польщі забрала життя щонайменше семи людей",
      "Floods in southern Poland kill at least seven people",
      "Наводнение на юге Польши унесло жизни по меньшей мере семи человек")],
    [("Унаслідок повені, спричиненої зливами, на півдні Польщі загинули щонайменше семеро людей, ще четверо вважаються зниклими безвісти.",
      "At least seven people have died and four are missing after torrential rain caused flooding in southern Poland.",
      "В результате наводнения, вызванного ливнями, на юге Польши погибли по меньшей мере семь человек, еще четверо считаются пропавшими без вести."),
     ("За даними польського МВС, із зони підтоплення в Нижньосілезькому та Опольському воєводствах евакуювали понад 23 тис. людей.",
      "According to Poland's interior ministry, more than 23,000 people have been evacuated from flooded areas in the Lower Silesian and Opole provinces.",
      "По данным МВД Польши, из зоны подтопления в Нижнесилезском и Опольском воеводствах эвакуировали более 23 тыс. человек."),
     ("Упродовж чотирьох днів, з 12 по 15 вересня, у горах випало до 400 мм опадів — стільки, скільки зазвичай випадає за пів року.",
      "Up to 400 mm of rain fell in the mountains over four days, from September 12 to 15, as much as usually falls in six months.",
      "За четыре дня, с 12 по 15 сентября, в горах выпало до 400 мм осадков — столько, сколько обычно выпадает за полгода.")],
    [("Найважча ситуація склалася в Клодзьку, де річка Ниса-Клодзька піднялася на 6,5 метра і затопила центр міста.",
      "The worst-hit town was Kłodzko, where the Nysa Kłodzka river rose by 6.5 metres and flooded the town centre.",
      "Тяжелее всего пришлось Клодзко, где река Ныса-Клодзка поднялась на 6,5 метра и затопила центр города."),
     ("У місті Строне-Шльонське прорвало дамбу водосховища, і вода зруйнувала міст та десятки будинків.",
      "In Stronie Śląskie a reservoir dam burst, and the water destroyed a bridge and dozens of houses.",
      "В городе Строне-Слёнске прорвало дамбу водохранилища, вода разрушила мост и десятки домов."),
     ("Інститут метеорології та водного господарства (IMGW) попередив, що пік паводку в Ополе та Вроцлаві очікують у середу.",
      "The Institute of Meteorology and Water Management (IMGW) warned that the flood peak was expected in Opole and Wrocław on Wednesday.",
      "Институт метеорологии и водного хозяйства (IMGW) предупредил, что пик паводка в Ополе и Вроцлаве ожидается в среду.",
      {"brk": "uk"})],
    [("Прем’єр-міністр Дональд Туск запровадив режим стихійного лиха в трьох воєводствах і пообіцяв постраждалим 1 млрд злотих допомоги.",
      "Prime Minister Donald Tusk declared a state of natural disaster in three provinces and promised 1 billion zlotys in aid to those affected.",
      "Премьер-министр Дональд Туск ввел режим стихийного бедствия в трех воеводствах и пообещал пострадавшим 1 млрд злотых помощи."),
     ("Глава уряду також повідомив, що до районів лиха направили 6 тис. військових.",
      "Tusk also said 6,000 troops had been sent to the disaster areas.",
      "Польский премьер также сообщил, что в районы бедствия направлены 6 тыс. военных."),
     ("Міністр внутрішніх справ Томаш Сем’оняк сказав, що мародерам загрожує до 10 років ув’язнення.",
      "Interior Minister Tomasz Siemoniak said looters faced up to 10 years in prison.",
      "Министр внутренних дел Томаш Семоняк заявил, что мародерам грозит до 10 лет лишения свободы.")],
    [("Президентка Єврокомісії Урсула фон дер Ляєн пообіцяла виділити кошти з Фонду солідарності ЄС постраждалим регіонам Польщі та Чехії.",
      "European Commission President Ursula von der Leyen promised money from the EU Solidarity Fund for the affected regions of Poland and Czechia.",
      "Председатель Еврокомиссии Урсула фон дер Ляйен пообещала выделить средства из Фонда солидарности ЕС пострадавшим регионам Польши и Чехии."),
     ("У Чехії через повінь загинули троє людей, а в Остраві евакуювали частину лікарні.",
      "In Czechia three people died in the floods, and part of a hospital was evacuated in Ostrava.",
      "В Чехии из-за наводнения погибли три человека, а в Остраве эвакуировали часть больницы.")],
]
SWAPS["poland-floods"] = [
    ({"Польщі": "Словаччини"}, {"Poland": "Slovakia"}, {"Польши": "Словакии"}, "place"),
    ({"Клодзьку": "Нисі"}, {"Kłodzko": "Nysa"}, {"Клодзко": "Нысе"}, "place"),
    ({"Вроцлаві": "Катовицях"}, {"Wrocław": "Katowice"}, {"Вроцлаве": "Катовице"}, "place"),
    ({"Остраві": "Оломоуці"}, {"Ostrava": "Olomouc"}, {"Остраве": "Оломоуце"}, "place"),
    ({"Нижньосілезькому": "Сілезькому"}, {"Lower Silesian": "Silesian"}, {"Нижнесилезском": "Силезском"}, "place"),
    ({"польського": "чеського"}, {"Poland's": "Czechia's"}, {"Польши": "Чехии"}, "nationality"),
    ({"Дональд Туск": "Матеуш Моравецький"}, {"Donald Tusk": "Mateusz Morawiecki"}, {"Дональд Туск": "Матеуш Моравецкий"}, "person"),
    ({"Урсула фон дер Ляєн": "Роберта Мецола"}, {"Ursula von der Leyen": "Roberta Metsola"}, {"Урсула фон дер Ляйен": "Роберта Мецола"}, "person"),
    ({"Томаш Сем’оняк": "Марцін Сем’оняк"}, {"Tomasz Siemoniak": "Marcin Siemoniak"}, {"Томаш Семоняк": "Марцин Семоняк"}, "first"),
    ({"Томаш Сем’оняк": "Томаш Семеняк"}, {"Tomasz Siemoniak": "Tomasz Siemieniak"}, {"Томаш Семоняк": "Томаш Семеняк"}, "similar"),
    ({"ЄС": "ООН"}, {"EU": "UN"}, {"ЕС": "ООН"}, "acronym"),
    ({"IMGW": "GIOŚ"}, {"IMGW": "GIOŚ"}, {"IMGW": "GIOŚ"}, "acronym"),
    ({"Єврокомісії": "Європарламенту"}, {"European Commission": "European Parliament"}, {"Еврокомиссии": "Европарламента"}, "name"),
]

# --------------------------------------------------------------------------- 3
ARTICLES["estonia-cyber-trial"] = [
    [("У Таллінні почався суд у справі про кібератаку на держреєстри Естонії",
      "Trial opens in Tallinn over cyber-attack on Estonian state registers",
      "В Таллине начался суд по делу о кибератаке на госреестры Эстонии")],
    [("Харйуський повітовий суд у Таллінні в понеділок, 3 листопада, розпочав розгляд справи двох чоловіків, яких звинувачують у кібератаці на державні інформаційні системи Естонії.",
      "Harju County Court in Tallinn on Monday, November 3, began hearing the case of two men accused of a cyber-attack on Estonia's state information systems.",
      "Харьюский уездный суд в Таллине в понедельник, 3 ноября, начал рассмотрение дела двух мужчин, обвиняемых в кибератаке на государственные информационные системы Эстонии."),
     ("Атака в березні 2024 року на два дні паралізувала систему електронних рецептів і портал фонду медичного страхування Tervisekassa.",
      "The attack in March 2024 crippled the electronic prescription system and the portal of Tervisekassa, the health insurance fund, for two days.",
      "Атака в марте 2024 года на два дня парализовала систему электронных рецептов и портал больничной кассы Tervisekassa."),
     ("За даними прокуратури, зловмисники викрали персональні дані понад 310 тис. пацієнтів.",
      "Prosecutors say the attackers stole the personal data of more than 310,000 patients.",
      "По данным прокуратуры, злоумышленники похитили персональные данные более 310 тыс. пациентов.")],
    [("На лаві підсудних — 34-річний громадянин Естонії Андрій Савельєв, програміст із Нарви.",
      "In the dock is Andrei Saveljev, 34, an Estonian citizen and programmer from Narva.",
      "На скамье подсудимых — 34-летний гражданин Эстонии Андрей Савельев, программист из Нарвы."),
     ("Другого обвинуваченого, офіцера ГРУ Юрія Денисова, судять заочно: за даними слідства, він перебуває в Росії.",
      "The second defendant, GRU officer Yuri Denisov, is being tried in absentia; investigators believe he is in Russia.",
      "Второго обвиняемого, офицера ГРУ Юрия Денисова, судят заочно: по данным следствия, он находится в России."),
     ("Поліція безпеки Естонії (KAPO) встановила, що Савельєв за 18 тис. євро в криптовалюті передав Денисову паролі доступу, які отримав, працюючи підрядником.",
      "Estonia's Internal Security Service (KAPO) found that Saveljev handed Denisov access passwords he had obtained as a contractor, in exchange for 18,000 euros in cryptocurrency.",
      "Полиция безопасности Эстонии (КаПо) установила, что Савельев за 18 тыс. евро в криптовалюте передал Денисову пароли доступа, полученные им во время работы подрядчиком."),
     ("Компанія Microsoft раніше пов’язувала Денисова з хакерським угрупованням Cadet Blizzard.",
      "Microsoft has previously linked Denisov to the Cadet Blizzard hacking group.",
      "Компания Microsoft ранее связывала Денисова с хакерской группировкой Cadet Blizzard.",
      {"brk": "ru"})],
    [("Прокурорка Трійну Олев попросила для Савельєва 9 років позбавлення волі, а для Денисова — 12 років.",
      "Prosecutor Triinu Olev asked for nine years in prison for Saveljev and 12 years for Denisov.",
      "Прокурор Трийну Олев запросила для Савельева 9 лет лишения свободы, а для Денисова — 12 лет."),
     ("Адвокат Савельєва Антс Ківі заявив, що його підзахисний не знав, для чого використають паролі, і вину не визнає.",
      "Saveljev's lawyer, Ants Kivi, said his client had not known what the passwords would be used for and pleads not guilty.",
      "Адвокат подсудимого Антс Киви заявил, что его подзащитный не знал, для чего будут использованы пароли, и вину не признает."),
     ("Міністр внутрішніх справ Ігор Таро назвав атаку «частиною гібридної війни Росії проти Естонії».",
      "Interior Minister Igor Taro called the attack \"part of Russia's hybrid war against Estonia\".",
      "Министр внутренних дел Игорь Таро назвал атаку «частью гибридной войны России против Эстонии»."),
     ("Суд планує ухвалити вирок до кінця січня 2026 року.",
      "The court expects to deliver its verdict by the end of January 2026.",
      "Суд планирует вынести приговор до конца января 2026 года.")],
]
SWAPS["estonia-cyber-trial"] = [
    ({"Таллінні": "Тарту"}, {"Tallinn": "Tartu"}, {"Таллине": "Тарту"}, "place"),
    ({"Харйуський": "Тартуський"}, {"Harju": "Tartu"}, {"Харьюский": "Тартуский"}, "place"),
    ({"Нарви": "Сілламяе"}, {"Narva": "Sillamäe"}, {"Нарвы": "Силламяэ"}, "place"),
    ({"Росії": "Білорусі"}, {"Russia": "Belarus"}, {"России": "Белоруссии"}, "place"),
    ({"громадянин Естонії": "громадянин Латвії"}, {"Estonian citizen": "Latvian citizen"}, {"гражданин Эстонии": "гражданин Латвии"}, "nationality"),
    ({"Ігор Таро": "Лаурі Ляенеметс"}, {"Igor Taro": "Lauri Läänemets"}, {"Игорь Таро": "Лаури Ляэнеметс"}, "person"),
    ({"Трійну Олев": "Кадрі Тамм"}, {"Triinu Olev": "Kadri Tamm"}, {"Трийну Олев": "Кадри Тамм"}, "person"),
    ({"Юрія Денисова": "Олега Денисова"}, {"Yuri Denisov": "Oleg Denisov"}, {"Юрия Денисова": "Олега Денисова"}, "first"),
    ({"Андрій Савельєв": "Андрій Савенков", "Савельєв": "Савенков", "Савельєва": "Савенкова"},
     {"Andrei Saveljev": "Andrei Savenkov", "Saveljev": "Savenkov"},
     {"Андрей Савельев": "Андрей Савенков", "Савельев": "Савенков", "Савельева": "Савенкова"}, "similar"),
    ({"KAPO": "RIA"}, {"KAPO": "RIA"}, {"КаПо": "RIA"}, "acronym"),
    ({"ГРУ": "ФСБ"}, {"GRU": "FSB"}, {"ГРУ": "ФСБ"}, "acronym"),
    ({"Microsoft": "Google"}, {"Microsoft": "Google"}, {"Microsoft": "Google"}, "name"),
    ({"Tervisekassa": "Töötukassa"}, {"Tervisekassa": "Töötukassa"}, {"Tervisekassa": "Töötukassa"}, "name"),
]

# --------------------------------------------------------------------------- 4
ARTICLES["swiss-peace-conference"] = [
    [("У Люцерні завершилася конференція щодо повернення депортованих українських дітей",
      "Lucerne conference on returning deported Ukrainian children ends",
      "В Люцерне завершилась конференция по возвращению депортированных украинских детей")],
    [("Дводенна міжнародна конференція з гуманітарних питань формули миру завершилася в середу, 15 жовтня, у швейцарському Люцерні.",
      "A two-day international conference on the humanitarian aspects of the peace formula ended in the Swiss city of Lucerne on Wednesday, October 15.",
      "Двухдневная международная конференция по гуманитарным вопросам формулы мира завершилась в среду, 15 октября, в швейцарском Люцерне."),
     ("У ній взяли участь делегації 78 країн і 6 міжнародних організацій, зокрема ООН і Міжнародного комітету Червоного Хреста (МКЧХ).",
      "Delegations from 78 countries and six international organisations took part, including the UN and the International Committee of the Red Cross (ICRC).",
      "В ней приняли участие делегации 78 стран и 6 международных организаций, в том числе ООН и Международного комитета Красного Креста (МККК)."),
     ("Підсумкове комюніке підписала 71 держава, тоді як Саудівська Аравія, Індія та Бразилія утрималися.",
      "The final communiqué was signed by 71 states, while Saudi Arabia, India and Brazil abstained.",
      "Итоговое коммюнике подписала 71 страна, а Саудовская Аравия, Индия и Бразилия воздержались.")],
    [("Президентка Швейцарії Карін Келлер-Зуттер у вступному слові наголосила, що «жодна дитина не повинна ставати розмінною монетою у війні».",
      "Swiss President Karin Keller-Sutter said in her opening remarks that \"no child should become a bargaining chip in war\".",
      "Президент Швейцарии Карин Келлер-Зуттер во вступительном слове подчеркнула, что «ни один ребенок не должен становиться разменной монетой в войне»."),
     ("Генсек ООН Антоніу Гутерреш звернувся до учасників із відеопосланням.",
      "UN Secretary-General António Guterres addressed the participants by video.",
      "Генсек ООН Антониу Гутерриш обратился к участникам с видеообращением."),
     ("Міністр закордонних справ України Андрій Сибіга повідомив, що Україна верифікувала 19" + NB + "546 депортованих дітей, а повернути вдалося лише 1" + NB + "605.",
      "Ukrainian Foreign Minister Andrii Sybiha said Ukraine had verified 19,546 deported children, of whom only 1,605 had been brought back.",
      "Министр иностранных дел Украины Андрей Сибига сообщил, что Украина верифицировала 19" + NB + "546 депортированных детей, а вернуть удалось лишь 1" + NB + "605.",
      {"brk": "en ru"}),
     ("За його словами, Катар і Ватикан погодилися й надалі бути посередниками в переговорах про повернення дітей.",
      "He said Qatar and the Vatican had agreed to continue mediating talks on the children's return.",
      "По словам украинского министра, Катар и Ватикан согласились и дальше выступать посредниками в переговорах о возвращении детей.")],
    [("Учасники домовилися створити при МКЧХ робочу групу, яка до березня 2026 року має підготувати механізм обміну даними про місцеперебування дітей.",
      "Participants agreed to set up a working group under the ICRC to prepare, by March 2026, a mechanism for sharing data on the children's whereabouts.",
      "Участники договорились создать при МККК рабочую группу, которая до марта 2026 года должна подготовить механизм обмена данными о местонахождении детей."),
     ("Росію на конференцію не запрошували; речник Кремля Дмитро Пєсков назвав її «марною».",
      "Russia was not invited; Kremlin spokesman Dmitry Peskov called the conference \"pointless\".",
      "Россию на конференцию не приглашали; пресс-секретарь Кремля Дмитрий Песков назвал ее «бесполезной»."),
     ("Глава швейцарського МЗС Іньяціо Кассіс нагадав, що перший саміт миру відбувся в Бюргенштоку в червні 2024 року й зібрав 92 країни.",
      "Swiss Foreign Minister Ignazio Cassis recalled that the first peace summit, held at Bürgenstock in June 2024, had brought together 92 countries.",
      "Глава швейцарского МИД Иньяцио Кассис напомнил, что первый саммит мира прошел в Бюргенштоке в июне 2024 года и собрал 92 страны."),
     ("Наступну зустріч у такому форматі планують провести навесні в Канаді.",
      "The next meeting in this format is planned for the spring in Canada.",
      "Следующую встречу в таком формате планируется провести весной в Канаде.")],
]
SWAPS["swiss-peace-conference"] = [
    ({"Люцерні": "Женеві"}, {"Lucerne": "Geneva"}, {"Люцерне": "Женеве"}, "place"),
    ({"Катар": "Оман"}, {"Qatar": "Oman"}, {"Катар": "Оман"}, "place"),
    ({"Бюргенштоку": "Давосі"}, {"Bürgenstock": "Davos"}, {"Бюргенштоке": "Давосе"}, "place"),
    ({"Канаді": "Японії"}, {"Canada": "Japan"}, {"Канаде": "Японии"}, "place"),
    ({"Індія": "Індонезія"}, {"India": "Indonesia"}, {"Индия": "Индонезия"}, "place"),
    ({"швейцарському": "австрійському", "швейцарського": "австрійського"}, {"Swiss": "Austrian"},
     {"швейцарском": "австрийском", "швейцарского": "австрийского"}, "nationality"),
    ({"Карін Келлер-Зуттер": "Віола Амгерд"}, {"Karin Keller-Sutter": "Viola Amherd"}, {"Карин Келлер-Зуттер": "Виола Амхерд"}, "person"),
    ({"Дмитро Пєсков": "Юрій Ушаков"}, {"Dmitry Peskov": "Yuri Ushakov"}, {"Дмитрий Песков": "Юрий Ушаков"}, "person"),
    ({"Андрій Сибіга": "Дмитро Сибіга"}, {"Andrii Sybiha": "Dmytro Sybiha"}, {"Андрей Сибига": "Дмитрий Сибига"}, "first"),
    ({"Іньяціо Кассіс": "Іньяціо Кассано"}, {"Ignazio Cassis": "Ignazio Cassano"}, {"Иньяцио Кассис": "Иньяцио Кассано"}, "similar"),
    ({"МКЧХ": "МОМ"}, {"ICRC": "IOM"}, {"МККК": "МОМ"}, "acronym"),
    ({"ООН": "ОБСЄ"}, {"UN": "OSCE"}, {"ООН": "ОБСЕ"}, "acronym"),
    ({"Ватикан": "Мальтійський орден"}, {"Vatican": "Order of Malta"}, {"Ватикан": "Мальтийский орден"}, "name"),
]

# --------------------------------------------------------------------------- 5
ARTICLES["nigeria-oil-spill"] = [
    [("Розлив нафти в дельті Нігеру забруднив 40 рибальських громад",
      "Oil spill in Niger Delta pollutes 40 fishing communities",
      "Разлив нефти в дельте Нигера загрязнил 40 рыбацких общин")],
    [("Через пошкодження нафтопроводу в нігерійському штаті Байєлса в річки та мангрові болота дельти Нігеру потрапило близько 4 тис. барелів нафти.",
      "About 4,000 barrels of oil have leaked into the rivers and mangrove swamps of the Niger Delta after a pipeline was damaged in Nigeria's Bayelsa State.",
      "Из-за повреждения нефтепровода в нигерийском штате Байелса в реки и мангровые болота дельты Нигера попало около 4 тыс. баррелей нефти."),
     ("Витік на трубопроводі Trans Niger поблизу міста Нембе виявили в суботу, 7 червня, але перекрити його вдалося лише через три доби.",
      "The leak on the Trans Niger pipeline near the town of Nembe was discovered on Saturday, June 7, but it took three days to stop it.",
      "Утечку на трубопроводе Trans Niger вблизи города Нембе обнаружили в субботу, 7 июня, но перекрыть ее удалось лишь через трое суток."),
     ("Нафтова пляма розтягнулася на 12 км уздовж річки Санта-Барбара.",
      "The slick stretched for 12 km along the Santa Barbara River.",
      "Нефтяное пятно растянулось на 12 км вдоль реки Санта-Барбара.")],
    [("Оператор трубопроводу, компанія Renaissance Africa Energy, заявила, що причиною аварії стала диверсія злодіїв, які врізалися в трубу.",
      "The pipeline's operator, Renaissance Africa Energy, said the spill was caused by sabotage by thieves who had tapped into the pipe.",
      "Оператор трубопровода, компания Renaissance Africa Energy, заявила, что причиной аварии стала диверсия воров, врезавшихся в трубу."),
     ("Renaissance купила нігерійські наземні активи Shell у березні 2025 року за 2,4 млрд доларів.",
      "Renaissance bought Shell's Nigerian onshore assets in March 2025 for $2.4 billion.",
      "Renaissance приобрела нигерийские наземные активы Shell в марте 2025 года за 2,4 млрд долларов.")],
    [("Національне агентство з виявлення та ліквідації розливів нафти (NOSDRA) направило на місце дві інспекційні групи.",
      "The National Oil Spill Detection and Response Agency (NOSDRA) sent two inspection teams to the site.",
      "Национальное агентство по обнаружению и ликвидации разливов нефти (NOSDRA) направило на место две инспекционные группы."),
     ("Гендиректор агентства Ідріс Муса сказав, що очищення узбережжя може тривати до 18 місяців.",
      "The agency's director-general, Idris Musa, said cleaning up the shoreline could take up to 18 months.",
      "Гендиректор агентства Идрис Муса сказал, что очистка побережья может занять до 18 месяцев.",
      {"brk": "uk"}),
     ("Місцевий вождь Тоні Ебірі розповів, що риба в протоках почала гинути вже наступного дня після аварії.",
      "Local chief Tony Ebiri said fish in the creeks began dying the day after the spill.",
      "Местный вождь Тони Эбири рассказал, что рыба в протоках начала гибнуть уже на следующий день после аварии.")],
    [("Губернатор Байєлси Дуйє Дірі вимагає від компанії виплатити громадам 50 млрд найр компенсації.",
      "Bayelsa Governor Douye Diri is demanding that the company pay the communities 50 billion naira in compensation.",
      "Губернатор Байелсы Дуйе Дири требует от компании выплатить общинам 50 млрд найр компенсации."),
     ("За його даними, без заробітку залишилися понад 2" + NB + "300 рибалок.",
      "He said more than 2,300 fishermen had lost their livelihoods.",
      "По его данным, без заработка остались более 2" + NB + "300 рыбаков."),
     ("Правозахисники з Amnesty International нагадали, що в Нігерії щороку стаються сотні розливів нафти, а компанії рідко несуть за них відповідальність.",
      "Amnesty International said hundreds of oil spills happen in Nigeria every year and companies are rarely held to account.",
      "Правозащитники из Amnesty International напомнили, что в Нигерии ежегодно происходят сотни разливов нефти, а компании редко несут за них ответственность.")],
]
SWAPS["nigeria-oil-spill"] = [
    ({"Байєлса": "Дельта"}, {"Bayelsa": "Delta"}, {"Байелса": "Дельта"}, "place"),
    ({"Нембе": "Бонні"}, {"Nembe": "Bonny"}, {"Нембе": "Бонни"}, "place"),
    ({"Санта-Барбара": "Нун"}, {"Santa Barbara": "Nun"}, {"Санта-Барбара": "Нун"}, "place"),
    ({"нігерійському": "ганському"}, {"Nigeria's": "Ghana's"}, {"нигерийском": "ганском"}, "nationality"),
    ({"нігерійські": "ангольські"}, {"Nigerian": "Angolan"}, {"нигерийские": "ангольские"}, "nationality"),
    ({"Дуйє Дірі": "Сім Фубара"}, {"Douye Diri": "Sim Fubara"}, {"Дуйе Дири": "Сим Фубара"}, "person"),
    ({"Ідріс Муса": "Ахмед Муса"}, {"Idris Musa": "Ahmed Musa"}, {"Идрис Муса": "Ахмед Муса"}, "first"),
    ({"Тоні Ебірі": "Тоні Ебібі"}, {"Tony Ebiri": "Tony Ebibi"}, {"Тони Эбири": "Тони Эбиби"}, "similar"),
    ({"NOSDRA": "NNPC"}, {"NOSDRA": "NNPC"}, {"NOSDRA": "NNPC"}, "acronym"),
    ({"Shell": "ExxonMobil"}, {"Shell's": "ExxonMobil's"}, {"Shell": "ExxonMobil"}, "name"),
    ({"Renaissance Africa Energy": "Seplat Energy"}, {"Renaissance Africa Energy": "Seplat Energy"},
     {"Renaissance Africa Energy": "Seplat Energy"}, "name"),
    ({"Amnesty International": "Human Rights Watch"}, {"Amnesty International": "Human Rights Watch"},
     {"Amnesty International": "Human Rights Watch"}, "name"),
]

# --------------------------------------------------------------------------- 6
ARTICLES["mexico-election"] = [
    [("Клаудія Шейнбаум стане першою жінкою-президенткою Мексики",
      "Claudia Sheinbaum set to become Mexico's first woman president",
      "Клаудия Шейнбаум станет первой женщиной-президентом Мексики")],
    [("Кандидатка від правлячої партії «Морена» Клаудія Шейнбаум перемогла на президентських виборах у Мексиці, що відбулися в неділю, 2 червня.",
      "Claudia Sheinbaum, the candidate of the ruling Morena party, won Mexico's presidential election on Sunday, June 2.",
      "Кандидат от правящей партии «Морена» Клаудия Шейнбаум победила на президентских выборах в Мексике, состоявшихся в воскресенье, 2 июня."),
     ("За даними Національного виборчого інституту (INE), після підрахунку 97% бюлетенів вона набирає 59,4% голосів.",
      "According to the National Electoral Institute (INE), with 97% of ballots counted she has 59.4% of the vote.",
      "По данным Национального избирательного института (INE), после подсчета 97% бюллетеней у нее 59,4% голосов."),
     ("Її головна суперниця, кандидатка опозиційної коаліції Сочитль Гальвес, отримала 27,9%, а Хорхе Альварес Майнес із партії «Громадянський рух» — 10,4%.",
      "Her main rival, opposition coalition candidate Xóchitl Gálvez, took 27.9%, and Jorge Álvarez Máynez of the Citizens' Movement 10.4%.",
      "Ее главная соперница, кандидат оппозиционной коалиции Сочитль Гальвес, получила 27,9%, а Хорхе Альварес Майнес из партии «Гражданское движение» — 10,4%.")],
    [("61-річна колишня мерка Мехіко за фахом кліматологиня.",
      "The 61-year-old former mayor of Mexico City is a climate scientist by training.",
      "61-летний бывший мэр Мехико по образованию климатолог."),
     ("Шейнбаум складе присягу 1 жовтня й змінить на посаді свого політичного наставника Андреса Мануеля Лопеса Обрадора.",
      "Sheinbaum will be sworn in on October 1, succeeding her political mentor Andrés Manuel López Obrador.",
      "Шейнбаум принесет присягу 1 октября и сменит на посту своего политического наставника Андреса Мануэля Лопеса Обрадора."),
     ("Явка, за попередніми даними, становила 61%, а право голосу мали майже 98 млн мексиканців.",
      "Turnout was about 61%, according to preliminary figures, and almost 98 million Mexicans were eligible to vote.",
      "Явка, по предварительным данным, составила 61%, а право голоса имели почти 98 млн мексиканцев.",
      {"brk": "ru"})],
    [("Кампанія стала найкривавішою в сучасній історії країни: з вересня 2023 року було вбито 37 кандидатів на місцеві посади.",
      "The campaign was the bloodiest in the country's modern history, with 37 candidates for local office killed since September 2023.",
      "Кампания стала самой кровавой в современной истории страны: с сентября 2023 года были убиты 37 кандидатов на местные должности."),
     ("У понеділок мексиканський песо впав на 3,5% щодо долара на тлі побоювань інвесторів щодо конституційних реформ, які планує «Морена».",
      "On Monday the Mexican peso fell 3.5% against the dollar on investor concerns about Morena's planned constitutional reforms.",
      "В понедельник мексиканский песо упал на 3,5% к доллару на фоне опасений инвесторов по поводу конституционных реформ, которые планирует «Морена».")],
    [("Президент США Джо Байден і прем’єр-міністр Канади Джастін Трюдо привітали Шейнбаум із перемогою.",
      "US President Joe Biden and Canadian Prime Minister Justin Trudeau congratulated Sheinbaum on her victory.",
      "Президент США Джо Байден и премьер-министр Канады Джастин Трюдо поздравили Шейнбаум с победой."),
     ("Президент України Володимир Зеленський написав, що розраховує на «продовження діалогу» з новою адміністрацією в Мехіко.",
      "Ukrainian President Volodymyr Zelensky wrote that he counted on \"continued dialogue\" with the new administration in Mexico City.",
      "Президент Украины Владимир Зеленский написал, что рассчитывает на «продолжение диалога» с новой администрацией в Мехико.")],
]
SWAPS["mexico-election"] = [
    ({"Сочитль Гальвес": "Беатріс Паредес"}, {"Xóchitl Gálvez": "Beatriz Paredes"}, {"Сочитль Гальвес": "Беатрис Паредес"}, "person"),
    ({"Джо Байден": "Дональд Трамп"}, {"Joe Biden": "Donald Trump"}, {"Джо Байден": "Дональд Трамп"}, "person"),
    ({"Хорхе Альварес Майнес": "Луїс Альварес Майнес"}, {"Jorge Álvarez Máynez": "Luis Álvarez Máynez"},
     {"Хорхе Альварес Майнес": "Луис Альварес Майнес"}, "first"),
    ({"Джастін Трюдо": "П’єр Трюдо"}, {"Justin Trudeau": "Pierre Trudeau"}, {"Джастин Трюдо": "Пьер Трюдо"}, "first"),
    ({"Сочитль Гальвес": "Сочитль Гальван"}, {"Xóchitl Gálvez": "Xóchitl Galván"}, {"Сочитль Гальвес": "Сочитль Гальван"}, "similar"),
    ({"INE": "INEGI"}, {"INE": "INEGI"}, {"INE": "INEGI"}, "acronym"),
    ({"мерка Мехіко": "мерка Гвадалахари", "адміністрацією в Мехіко": "адміністрацією в Гвадалахарі"},
     {"Mexico City": "Guadalajara"},
     {"мэр Мехико": "мэр Гвадалахары", "администрацией в Мехико": "администрацией в Гвадалахаре"}, "place"),
    ({"Канади": "Гватемали"}, {"Canadian": "Guatemalan"}, {"Канады": "Гватемалы"}, "place"),
    ({"мексиканців": "колумбійців"}, {"Mexicans": "Colombians"}, {"мексиканцев": "колумбийцев"}, "nationality"),
    ({"мексиканський": "аргентинський"}, {"Mexican": "Argentine"}, {"мексиканский": "аргентинский"}, "nationality"),
    ({"Громадянський рух": "Партія праці"}, {"Citizens' Movement": "Labor Party"}, {"Гражданское движение": "Партия труда"}, "name"),
]

# --------------------------------------------------------------------------- 7
ARTICLES["india-moon-mission"] = [
    [("Індія запустила місію «Чандраян-4», щоб доставити на Землю місячний ґрунт",
      "India launches Chandrayaan-4 mission to bring lunar soil back to Earth",
      "Индия запустила миссию «Чандраян-4», чтобы доставить на Землю лунный грунт")],
    [("Індійська організація космічних досліджень (ISRO) у четвер, 14 січня, запустила автоматичну станцію «Чандраян-4» з космодрому Шріхарікота на сході країни.",
      "The Indian Space Research Organisation (ISRO) launched the Chandrayaan-4 probe from the Sriharikota spaceport in the east of the country on Thursday, January 14.",
      "Индийская организация космических исследований (ISRO) в четверг, 14 января, запустила автоматическую станцию «Чандраян-4» с космодрома Шрихарикота на востоке страны."),
     ("Ракета LVM3 вивела на орбіту апарат масою 4" + NB + "850 кг, який має сісти поблизу південного полюса Місяця.",
      "An LVM3 rocket put the 4,850 kg spacecraft into orbit; it is due to land near the Moon's south pole.",
      "Ракета LVM3 вывела на орбиту аппарат массой 4" + NB + "850 кг, который должен сесть вблизи южного полюса Луны."),
     ("Якщо місія вдасться, Індія стане четвертою країною після СРСР, США та Китаю, яка доставила на Землю зразки місячного ґрунту.",
      "If it succeeds, India will become the fourth country, after the Soviet Union, the United States and China, to return lunar samples to Earth.",
      "Если миссия удастся, Индия станет четвертой страной после СССР, США и Китая, доставившей на Землю образцы лунного грунта.")],
    [("Посадку заплановано на 2 березня, а повернення капсули зі зразками — на середину квітня.",
      "The landing is scheduled for March 2 and the return of the sample capsule for mid-April.",
      "Посадка запланирована на 2 марта, а возвращение капсулы с образцами — на середину апреля."),
     ("За словами голови ISRO В. Нараянана, апарат має зібрати щонайменше 3 кг ґрунту й порід.",
      "ISRO chairman V. Narayanan said the lander was to collect at least 3 kg of soil and rock.",
      "По словам главы ISRO В. Нараянана, аппарат должен собрать не менее 3 кг грунта и пород."),
     ("Вартість місії становить 21 млрд рупій, або близько 250 млн доларів, — це значно менше, ніж у подібних проєктів NASA.",
      "The mission costs 21 billion rupees, or about $250 million, far less than comparable NASA projects.",
      "Стоимость миссии составляет 21 млрд рупий, или около 250 млн долларов, — это значительно меньше, чем у подобных проектов NASA.")],
    [("Прем’єр-міністр Нарендра Моді назвав запуск «ще одним кроком Індії до зірок» і привітав науковців у соцмережі X.",
      "Prime Minister Narendra Modi called the launch \"another step for India towards the stars\" and congratulated the scientists on X.",
      "Премьер-министр Нарендра Моди назвал запуск «еще одним шагом Индии к звездам» и поздравил ученых в соцсети X."),
     ("Керівниця місії Ріту Карідхал розповіла, що команда з 600 інженерів готувала апарат понад чотири роки.",
      "Mission director Ritu Karidhal said a team of 600 engineers had spent more than four years preparing the spacecraft.",
      "Руководитель миссии Риту Каридхал рассказала, что команда из 600 инженеров готовила аппарат более четырех лет.")],
    [("Попередня місія, «Чандраян-3», у серпні 2023 року здійснила першу в історії посадку поблизу південного полюса Місяця.",
      "The previous mission, Chandrayaan-3, made the first ever landing near the lunar south pole in August 2023.",
      "Предыдущая миссия, «Чандраян-3», в августе 2023 года совершила первую в истории посадку вблизи южного полюса Луны.",
      {"join": "en"}),
     ("Наступним кроком має стати спільна з японським агентством JAXA місія LUPEX, запуск якої заплановано на 2028 рік.",
      "The next step is to be LUPEX, a joint mission with Japan's JAXA agency, scheduled for launch in 2028.",
      "Следующим шагом должна стать совместная с японским агентством JAXA миссия LUPEX, запуск которой запланирован на 2028 год.")],
]
SWAPS["india-moon-mission"] = [
    ({"Шріхарікота": "Кулашекарапаттінам"}, {"Sriharikota": "Kulasekarapattinam"}, {"Шрихарикота": "Кулашекарапаттинам"}, "place"),
    ({"Китаю": "Японії"}, {"China": "Japan"}, {"Китая": "Японии"}, "place"),
    ({"Нарендра Моді": "Аміт Шах"}, {"Narendra Modi": "Amit Shah"}, {"Нарендра Моди": "Амит Шах"}, "person"),
    ({"В. Нараянана": "К. Сівана"}, {"V. Narayanan": "K. Sivan"}, {"В. Нараянана": "К. Сивана"}, "person"),
    ({"В. Нараянана": "С. Нараянана"}, {"V. Narayanan": "S. Narayanan"}, {"В. Нараянана": "С. Нараянана"}, "first"),
    ({"Ріту Карідхал": "Ріту Карівал"}, {"Ritu Karidhal": "Ritu Kariwal"}, {"Риту Каридхал": "Риту Каривал"}, "similar"),
    ({"ISRO": "DRDO"}, {"ISRO": "DRDO"}, {"ISRO": "DRDO"}, "acronym"),
    ({"NASA": "ESA"}, {"NASA": "ESA"}, {"NASA": "ESA"}, "acronym"),
    ({"JAXA": "CNES"}, {"JAXA": "CNES"}, {"JAXA": "CNES"}, "acronym"),
    ({"японським": "французьким"}, {"Japan's": "France's"}, {"японским": "французским"}, "nationality"),
    ({"LVM3": "PSLV"}, {"LVM3": "PSLV"}, {"LVM3": "PSLV"}, "name"),
    ({"LUPEX": "Gaganyaan"}, {"LUPEX": "Gaganyaan"}, {"LUPEX": "Gaganyaan"}, "name"),
]

# --------------------------------------------------------------------------- 8
ARTICLES["lithuania-air-defence"] = [
    [("Литва купить у Німеччини ще дві системи ППО IRIS-T за 300 млн євро",
      "Lithuania to buy two more IRIS-T air-defence systems from Germany for €300 million",
      "Литва купит у Германии еще две системы ПВО IRIS-T за 300 млн евро")],
    [("Міністерство оборони Литви у вівторок, 9 вересня, підписало з німецькою компанією Diehl Defence контракт на постачання двох зенітних ракетних комплексів IRIS-T SLM.",
      "Lithuania's defence ministry signed a contract with German company Diehl Defence on Tuesday, September 9, for two IRIS-T SLM surface-to-air missile systems.",
      "Министерство обороны Литвы во вторник, 9 сентября, подписало с немецкой компанией Diehl Defence контракт на поставку двух зенитных ракетных комплексов IRIS-T SLM."),
     ("Вартість угоди разом із ракетами та навчанням персоналу становить близько 300 млн євро.",
      "The deal, including missiles and crew training, is worth about €300 million.",
      "Стоимость сделки вместе с ракетами и обучением персонала составляет около 300 млн евро."),
     ("Перший комплекс має прибути до Литви в 2027 році, другий — у 2028-му.",
      "The first system is due in Lithuania in 2027 and the second in 2028.",
      "Первый комплекс должен прибыть в Литву в 2027 году, второй — в 2028-м.")],
    [("Міністерка національної оборони Довіле Шакалене заявила, що нові системи прикриють Вільнюс і Каунас від ракет і дронів.",
      "National Defence Minister Dovilė Šakalienė said the new systems would protect Vilnius and Kaunas from missiles and drones.",
      "Министр национальной обороны Довиле Шакалене заявила, что новые системы прикроют Вильнюс и Каунас от ракет и дронов."),
     ("За її словами, торік литовський повітряний простір 14 разів порушували російські та білоруські безпілотники й повітряні кулі.",
      "She said Lithuanian airspace had been violated 14 times last year by Russian and Belarusian drones and balloons.",
      "По ее словам, в прошлом году литовское воздушное пространство 14 раз нарушали российские и белорусские беспилотники и воздушные шары."),
     ("Литва вже має норвезько-американські комплекси NASAMS, а в 2024 році отримала перший IRIS-T.",
      "Lithuania already operates Norwegian-American NASAMS systems and received its first IRIS-T in 2024.",
      "Литва уже располагает норвежско-американскими комплексами NASAMS, а в 2024 году получила первый IRIS-T.",
      {"brk": "en"})],
    [("Президент Гітанас Науседа підтримав ідею збільшити оборонні витрати до 5,5% ВВП з 2026 року.",
      "President Gitanas Nausėda backed raising defence spending to 5.5% of GDP from 2026.",
      "Президент Гитанас Науседа поддержал идею увеличить оборонные расходы до 5,5% ВВП с 2026 года."),
     ("Міністр оборони Німеччини Борис Пісторіус, який 2023 року пообіцяв розмістити в Литві бригаду Бундесверу, назвав угоду «важливим внеском у захист східного флангу НАТО».",
      "German Defence Minister Boris Pistorius, who in 2023 pledged to station a Bundeswehr brigade in Lithuania, called the deal \"an important contribution to the defence of NATO's eastern flank\".",
      "Министр обороны Германии Борис Писториус, в 2023 году пообещавший разместить в Литве бригаду бундесвера, назвал сделку «важным вкладом в защиту восточного фланга НАТО»."),
     ("Бригада, яка налічуватиме близько 5 тис. військових, має бути повністю розгорнута до кінця 2027 року.",
      "The brigade, which will number about 5,000 troops, is to be fully deployed by the end of 2027.",
      "Бригада численностью около 5 тыс. военных должна быть полностью развернута к концу 2027 года.")],
    [("Командувач литовської армії генерал Раймундас Вайкшнорас сказав, що перші 40 операторів почнуть навчання в Німеччині вже в січні.",
      "Lithuania's Chief of Defence, General Raimundas Vaikšnoras, said the first 40 operators would start training in Germany in January.",
      "Командующий литовской армией генерал Раймундас Вайкшнорас сказал, что первые 40 операторов начнут обучение в Германии уже в январе.")],
]
SWAPS["lithuania-air-defence"] = [
    ({"Литви": "Латвії", "Литва": "Латвія"}, {"Lithuania": "Latvia"}, {"Литвы": "Латвии", "Литва": "Латвия"}, "place"),
    ({"Каунас": "Клайпеду"}, {"Kaunas": "Klaipėda"}, {"Каунас": "Клайпеду"}, "place"),
    ({"Німеччини": "Франції"}, {"Germany": "France"}, {"Германии": "Франции"}, "place"),
    ({"Німеччині": "Польщі"}, {"Germany": "Poland"}, {"Германии": "Польше"}, "place"),
    ({"німецькою": "шведською"}, {"German": "Swedish"}, {"немецкой": "шведской"}, "nationality"),
    ({"норвезько-американські": "шведсько-американські"}, {"Norwegian-American": "Swedish-American"},
     {"норвежско-американскими": "шведско-американскими"}, "nationality"),
    ({"Довіле Шакалене": "Інгріда Шимоніте"}, {"Dovilė Šakalienė": "Ingrida Šimonytė"}, {"Довиле Шакалене": "Ингрида Шимоните"}, "person"),
    ({"Борис Пісторіус": "Йоганн Вадефуль"}, {"Boris Pistorius": "Johann Wadephul"}, {"Борис Писториус": "Иоганн Вадефуль"}, "person"),
    ({"Гітанас Науседа": "Вітаутас Науседа"}, {"Gitanas Nausėda": "Vytautas Nausėda"}, {"Гитанас Науседа": "Витаутас Науседа"}, "first"),
    ({"Раймундас Вайкшнорас": "Раймундас Вайткус"}, {"Raimundas Vaikšnoras": "Raimundas Vaitkus"},
     {"Раймундас Вайкшнорас": "Раймундас Вайткус"}, "similar"),
    ({"НАТО": "ЄС"}, {"NATO": "EU"}, {"НАТО": "ЕС"}, "acronym"),
    ({"ВВП": "ВНП"}, {"GDP": "GNP"}, {"ВВП": "ВНП"}, "acronym"),
    ({"Diehl Defence": "Rheinmetall"}, {"Diehl Defence": "Rheinmetall"}, {"Diehl Defence": "Rheinmetall"}, "name"),
    ({"NASAMS": "Patriot"}, {"NASAMS": "Patriot"}, {"NASAMS": "Patriot"}, "name"),
]

# --------------------------------------------------------------------------- 9
ARTICLES["toronto-hospital-fundraiser"] = [
    [("У Торонто зібрали 2,4 млн доларів на відновлення «Охматдиту»",
      "Toronto gala raises $2.4 million to rebuild Okhmatdyt hospital",
      "В Торонто собрали 2,4 млн долларов на восстановление «Охматдета»")],
    [("Благодійний вечір на підтримку київської дитячої лікарні «Охматдит», що відбувся в суботу, 22 листопада, у Торонто, зібрав 2,4 млн канадських доларів.",
      "A charity gala in Toronto on Saturday, November 22, raised 2.4 million Canadian dollars for Kyiv's Okhmatdyt children's hospital.",
      "Благотворительный вечер в поддержку киевской детской больницы «Охматдет», прошедший в субботу, 22 ноября, в Торонто, собрал 2,4 млн канадских долларов."),
     ("Захід у концертному залі Roy Thomson Hall організував Конгрес українців Канади (КУК) разом із фондом «Канада — Україна».",
      "The event at Roy Thomson Hall was organised by the Ukrainian Canadian Congress (UCC) together with the Canada-Ukraine Foundation.",
      "Мероприятие в концертном зале Roy Thomson Hall организовал Конгресс украинцев Канады (КУК) вместе с фондом «Канада — Украина»."),
     ("Його відвідали понад 1" + NB + "100 гостей, а квитки коштували від 250 доларів.",
      "More than 1,100 guests attended, with tickets starting at $250.",
      "Его посетили более 1" + NB + "100 гостей, а билеты стоили от 250 долларов.")],
    [("Гроші підуть на обладнання нового хірургічного корпусу, зокрема на апарат МРТ виробництва Siemens Healthineers.",
      "The money will go towards equipment for a new surgical building, including an MRI scanner made by Siemens Healthineers.",
      "Деньги пойдут на оснащение нового хирургического корпуса, в том числе на аппарат МРТ производства Siemens Healthineers."),
     ("Корпус лікарні серйозно пошкодила російська ракета Х-101 8 липня 2024 року.",
      "A Russian Kh-101 missile badly damaged the hospital on July 8, 2024.",
      "Корпус больницы серьезно повредила российская ракета Х-101 8 июля 2024 года."),
     ("Генеральний директор «Охматдиту» Володимир Жовнір подякував канадцям через відеозв’язок і сказав, що лікарня щодня приймає близько 600 маленьких пацієнтів.",
      "Okhmatdyt's director general Volodymyr Zhovnir thanked Canadians by video link, saying the hospital sees around 600 young patients a day.",
      "Гендиректор «Охматдета» Владимир Жовнир поблагодарил канадцев по видеосвязи и сказал, что больница ежедневно принимает около 600 маленьких пациентов.",
      {"brk": "uk"})],
    [("Мерка Торонто Олівія Чоу та прем’єр Онтаріо Даг Форд виступили на початку вечора.",
      "Toronto Mayor Olivia Chow and Ontario Premier Doug Ford spoke at the start of the evening.",
      "Мэр Торонто Оливия Чоу и премьер Онтарио Дуг Форд выступили в начале вечера."),
     ("Посолка України в Канаді Юлія Ковалів нагадала, що в Канаді живе 1,3 млн людей українського походження.",
      "Ukraine's ambassador to Canada, Yulia Kovaliv, noted that 1.3 million people of Ukrainian descent live in Canada.",
      "Посол Украины в Канаде Юлия Ковалив напомнила, что в Канаде живут 1,3 млн человек украинского происхождения."),
     ("Співачка Джамала, переможниця «Євробачення» 2016 року, виконала кілька пісень.",
      "Singer Jamala, who won Eurovision in 2016, performed several songs.",
      "Певица Джамала, победительница «Евровидения» 2016 года, исполнила несколько песен.")],
    [("Найбільший внесок, 250 тис. доларів, зробив канадський банк RBC.",
      "The largest single donation, $250,000, came from Canadian bank RBC.",
      "Самый крупный взнос, 250 тыс. долларов, сделал канадский банк RBC."),
     ("Організатори планують наступного року провести подібний вечір у Ванкувері.",
      "The organisers plan to hold a similar evening in Vancouver next year.",
      "Организаторы планируют в следующем году провести подобный вечер в Ванкувере.")],
]
SWAPS["toronto-hospital-fundraiser"] = [
    ({"У Торонто": "У Монреалі", "у Торонто": "у Монреалі"}, {"Toronto gala": "Montreal gala", "in Toronto": "in Montreal"},
     {"В Торонто": "В Монреале", "в Торонто": "в Монреале"}, "place"),
    ({"Ванкувері": "Калгарі"}, {"Vancouver": "Calgary"}, {"Ванкувере": "Калгари"}, "place"),
    ({"Онтаріо": "Манітоби"}, {"Ontario": "Manitoba"}, {"Онтарио": "Манитобы"}, "place"),
    ({"київської": "львівської"}, {"Kyiv's": "Lviv's"}, {"киевской": "львовской"}, "place"),
    ({"канадський": "американський"}, {"Canadian bank": "US bank"}, {"канадский": "американский"}, "nationality"),
    ({"українського походження": "польського походження"}, {"Ukrainian descent": "Polish descent"},
     {"украинского происхождения": "польского происхождения"}, "nationality"),
    ({"Даг Форд": "Марк Карні"}, {"Doug Ford": "Mark Carney"}, {"Дуг Форд": "Марк Карни"}, "person"),
    ({"Юлія Ковалів": "Ольга Ковалів"}, {"Yulia Kovaliv": "Olha Kovaliv"}, {"Юлия Ковалив": "Ольга Ковалив"}, "first"),
    ({"Володимир Жовнір": "Володимир Жовняк"}, {"Volodymyr Zhovnir": "Volodymyr Zhovniak"}, {"Владимир Жовнир": "Владимир Жовняк"}, "similar"),
    ({"КУК": "СКУ"}, {"UCC": "UWC"}, {"КУК": "ВКУ"}, "acronym"),
    ({"МРТ": "КТ"}, {"MRI": "CT"}, {"МРТ": "КТ"}, "acronym"),
    ({"Siemens Healthineers": "Philips Healthcare"}, {"Siemens Healthineers": "Philips Healthcare"},
     {"Siemens Healthineers": "Philips Healthcare"}, "name"),
    ({"RBC": "Scotiabank"}, {"RBC": "Scotiabank"}, {"RBC": "Scotiabank"}, "name"),
    ({"Roy Thomson Hall": "Massey Hall"}, {"Roy Thomson Hall": "Massey Hall"}, {"Roy Thomson Hall": "Massey Hall"}, "name"),
]

# --------------------------------------------------------------------------- 10
ARTICLES["serbia-protest"] = [
    [("Десятки тисяч людей вийшли на протест у Белграді",
      "Tens of thousands protest in Belgrade",
      "Десятки тысяч человек вышли на протест в Белграде")],
    [("Десятки тисяч людей у суботу, 15 березня, зібралися в центрі Белграда на один із наймасовіших протестів в історії Сербії.",
      "Tens of thousands of people gathered in central Belgrade on Saturday, March 15, for one of the largest protests in Serbia's history.",
      "Десятки тысяч человек в субботу, 15 марта, собрались в центре Белграда на одну из самых массовых акций протеста в истории Сербии."),
     ("Незалежна група моніторингу «Архів публічних зібрань» оцінила кількість учасників у 300 тис., тоді як МВС назвало цифру 107 тис.",
      "The independent monitoring group Public Assembly Archive put the turnout at 300,000, while the interior ministry gave a figure of 107,000.",
      "Независимая группа мониторинга «Архив публичных собраний» оценила число участников в 300 тыс., тогда как МВД назвало цифру 107 тыс."),
     ("Протести тривають з листопада 2024 року, коли в Нові-Саді обвалився бетонний навіс залізничного вокзалу й загинули 16 людей.",
      "The protests began in November 2024, when a concrete canopy collapsed at the railway station in Novi Sad, killing 16 people.",
      "Протесты продолжаются с ноября 2024 года, когда в Нови-Саде обрушился бетонный навес железнодорожного вокзала и погибли 16 человек.")],
    [("Студенти з Нові-Сада, Ніша та Крагуєваца пройшли пішки понад 100 км, щоб дістатися головної сцени на площі Славія.",
      "Students from Novi Sad, Niš and Kragujevac walked more than 100 km to reach the main stage on Slavija Square.",
      "Студенты из Нови-Сада, Ниша и Крагуеваца прошли пешком более 100 км, чтобы добраться до главной сцены на площади Славия."),
     ("Учасники вимагають повного розслідування трагедії та покарання посадовців, відповідальних за реконструкцію вокзалу.",
      "Protesters are demanding a full investigation into the tragedy and punishment for the officials responsible for the station's renovation.",
      "Участники требуют полного расследования трагедии и наказания чиновников, ответственных за реконструкцию вокзала."),
     ("Увечері учасники вшанували загиблих 16 хвилинами тиші.",
      "In the evening protesters held 16 minutes of silence for the victims.",
      "Вечером участники почтили память погибших 16 минутами молчания.")],
    [("Президент Александар Вучич заявив, що не піде у відставку, і звинуватив в організації протестів «іноземні служби».",
      "President Aleksandar Vučić said he would not resign and blamed \"foreign services\" for organising the protests.",
      "Президент Александр Вучич заявил, что не уйдет в отставку, и обвинил в организации протестов «иностранные службы»."),
     ("Водночас сербський лідер не виключив дострокових парламентських виборів, які правляча Сербська прогресивна партія (СНС) могла б провести вже восени.",
      "But he did not rule out early parliamentary elections, which his ruling Serbian Progressive Party (SNS) could hold as early as the autumn.",
      "При этом сербский лидер не исключил досрочных парламентских выборов, которые правящая Сербская прогрессивная партия (СНС) могла бы провести уже осенью."),
     ("Міністр внутрішніх справ Івиця Дачич повідомив, що поліція затримала 22 особи, ще 56 людей звернулися по медичну допомогу.",
      "Interior Minister Ivica Dačić said police had detained 22 people and 56 had sought medical help.",
      "Министр внутренних дел Ивица Дачич сообщил, что полиция задержала 22 человека, еще 56 обратились за медицинской помощью.",
      {"brk": "ru"})],
    [("Єврокомісарка з питань розширення, словенка Марта Кос, закликала Белград поважати право на мирні зібрання.",
      "EU Enlargement Commissioner Marta Kos, a Slovenian, urged Belgrade to respect the right to peaceful assembly.",
      "Еврокомиссар по вопросам расширения словенка Марта Кос призвала Белград уважать право на мирные собрания.")],
]
SWAPS["serbia-protest"] = [
    ({"Нові-Саді": "Суботиці", "Нові-Сада": "Суботиці"}, {"Novi Sad": "Subotica"}, {"Нови-Саде": "Суботице", "Нови-Сада": "Суботицы"}, "place"),
    ({"Ніша": "Чачака"}, {"Niš": "Čačak"}, {"Ниша": "Чачака"}, "place"),
    ({"Крагуєваца": "Валєва"}, {"Kragujevac": "Valjevo"}, {"Крагуеваца": "Валево"}, "place"),
    ({"Славія": "Теразіє"}, {"Slavija": "Terazije"}, {"Славия": "Теразие"}, "place"),
    ({"Сербії": "Боснії"}, {"Serbia's": "Bosnia's"}, {"Сербии": "Боснии"}, "place"),
    ({"Александар Вучич": "Томислав Николич"}, {"Aleksandar Vučić": "Tomislav Nikolić"}, {"Александр Вучич": "Томислав Николич"}, "person"),
    ({"Івиця Дачич": "Мілан Дачич"}, {"Ivica Dačić": "Milan Dačić"}, {"Ивица Дачич": "Милан Дачич"}, "first"),
    ({"Марта Кос": "Марта Косор"}, {"Marta Kos": "Marta Kosor"}, {"Марта Кос": "Марта Косор"}, "similar"),
    ({"словенка": "хорватка"}, {"Slovenian": "Croatian"}, {"словенка": "хорватка"}, "nationality"),
    ({"СНС": "СПС"}, {"SNS": "SPS"}, {"СНС": "СПС"}, "acronym"),
    ({"Сербська прогресивна партія": "Соціалістична партія Сербії"}, {"Serbian Progressive Party": "Socialist Party of Serbia"},
     {"Сербская прогрессивная партия": "Социалистическая партия Сербии"}, "name"),
    ({"Архів публічних зібрань": "ЦРТА"}, {"Public Assembly Archive": "CRTA"}, {"Архив публичных собраний": "ЦРТА"}, "name"),
]

# --------------------------------------------------------------------------- 11
ARTICLES["finland-border"] = [
    [("Фінляндія залишить кордон із Росією закритим на невизначений строк",
      "Finland to keep Russian border closed indefinitely",
      "Финляндия оставит границу с Россией закрытой на неопределенный срок")],
    [("Уряд Фінляндії в четвер, 10 квітня, ухвалив рішення залишити закритими всі вісім пунктів пропуску на кордоні з Росією до подальшого повідомлення.",
      "The Finnish government decided on Thursday, April 10, to keep all eight crossing points on the border with Russia closed until further notice.",
      "Правительство Финляндии в четверг, 10 апреля, приняло решение оставить закрытыми все восемь пунктов пропуска на границе с Россией до дальнейшего уведомления."),
     ("Фінсько-російський кордон завдовжки 1" + NB + "340 км закритий із грудня 2023 року, коли до країни за кілька тижнів прибули понад 1" + NB + "300 шукачів притулку без віз.",
      "The 1,340 km Finnish-Russian border has been closed since December 2023, when more than 1,300 asylum seekers without visas arrived within a few weeks.",
      "Финско-российская граница протяженностью 1" + NB + "340 км закрыта с декабря 2023 года, когда в страну за несколько недель прибыли более 1" + NB + "300 искателей убежища без виз."),
     ("Гельсінкі вважає, що Москва свідомо спрямовувала мігрантів із Сирії, Сомалі та Ємену до фінських пунктів пропуску.",
      "Helsinki believes Moscow deliberately steered migrants from Syria, Somalia and Yemen to Finnish crossings.",
      "Хельсинки считает, что Москва намеренно направляла мигрантов из Сирии, Сомали и Йемена к финским пунктам пропуска.")],
    [("Прем’єр-міністр Петтері Орпо сказав журналістам, що «загроза інструменталізованої міграції не зникла».",
      "Prime Minister Petteri Orpo told reporters that \"the threat of instrumentalised migration has not gone away\".",
      "Премьер-министр Петтери Орпо сказал журналистам, что «угроза инструментализированной миграции не исчезла»."),
     ("Міністерка внутрішніх справ Марі Рантанен додала, що з російського боку біля кордону досі перебувають кілька сотень людей.",
      "Interior Minister Mari Rantanen added that several hundred people were still waiting near the border on the Russian side.",
      "Министр внутренних дел Мари Рантанен добавила, что с российской стороны у границы по-прежнему находятся несколько сотен человек."),
     ("Прикордонна служба Фінляндії повідомила, що в першому кварталі 2025 року затримала 46 людей, які намагалися перетнути кордон поза пунктами пропуску.",
      "The Finnish Border Guard said it had detained 46 people trying to cross the border away from checkpoints in the first quarter of 2025.",
      "Пограничная служба Финляндии сообщила, что в первом квартале 2025 года задержала 46 человек, пытавшихся пересечь границу вне пунктов пропуска.",
      {"brk": "uk"}),
     ("Агентство ЄС Frontex направило на фінський кордон 60 прикордонників і 20 патрульних автомобілів.",
      "The EU's Frontex agency has deployed 60 border guards and 20 patrol vehicles to the Finnish border.",
      "Агентство ЕС Frontex направило на финскую границу 60 пограничников и 20 патрульных автомобилей.")],
    [("Поблизу Іматри та Лаппеенранти вже зводять 3-метровий паркан, перші 35 км якого мають завершити до кінця року.",
      "A three-metre fence is already going up near Imatra and Lappeenranta, with the first 35 km due to be finished by the end of the year.",
      "Вблизи Иматры и Лаппеенранты уже возводят трехметровый забор, первые 35 км которого должны завершить до конца года."),
     ("Мер Лаппеенранти Кіммо Ярва заявив, що місто втратило близько 40% туристичних доходів.",
      "The mayor of Lappeenranta, Kimmo Jarva, said the city had lost about 40% of its tourism revenue.",
      "Мэр Лаппеенранты Киммо Ярва заявил, что город потерял около 40% доходов от туризма.")],
    [("Рішення критикують правозахисники та канцлер юстиції, який нагадав, що право на притулок гарантує Конвенція ООН про статус біженців.",
      "The decision has been criticised by human rights groups and by the Chancellor of Justice, who noted that the right to asylum is guaranteed by the UN Refugee Convention.",
      "Решение критикуют правозащитники и канцлер юстиции, напомнивший, что право на убежище гарантирует Конвенция ООН о статусе беженцев."),
     ("Президент Александр Стубб раніше заявляв, що Фінляндія «не відкриє кордон, доки Росія використовує мігрантів як зброю».",
      "President Alexander Stubb has said Finland \"will not open the border as long as Russia uses migrants as a weapon\".",
      "Президент Александр Стубб ранее заявлял, что Финляндия «не откроет границу, пока Россия использует мигрантов как оружие».")],
]
SWAPS["finland-border"] = [
    ({"Іматри": "Йоенсуу"}, {"Imatra": "Joensuu"}, {"Иматры": "Йоэнсуу"}, "place"),
    ({"Лаппеенранти": "Котки"}, {"Lappeenranta": "Kotka"}, {"Лаппеенранты": "Котки"}, "place"),
    ({"Сирії": "Іраку"}, {"Syria": "Iraq"}, {"Сирии": "Ирака"}, "place"),
    ({"Сомалі": "Еритреї"}, {"Somalia": "Eritrea"}, {"Сомали": "Эритреи"}, "place"),
    ({"фінських": "естонських"}, {"Finnish crossings": "Estonian crossings"}, {"финским": "эстонским"}, "nationality"),
    ({"Уряд Фінляндії": "Уряд Естонії"}, {"Finnish government": "Estonian government"}, {"Правительство Финляндии": "Правительство Эстонии"}, "nationality"),
    ({"Петтері Орпо": "Антті Ріннє"}, {"Petteri Orpo": "Antti Rinne"}, {"Петтери Орпо": "Антти Ринне"}, "person"),
    ({"Александр Стубб": "Саулі Нііністьо"}, {"Alexander Stubb": "Sauli Niinistö"}, {"Александр Стубб": "Саули Ниинистё"}, "person"),
    ({"Марі Рантанен": "Кайса Рантанен"}, {"Mari Rantanen": "Kaisa Rantanen"}, {"Мари Рантанен": "Кайса Рантанен"}, "first"),
    ({"Кіммо Ярва": "Кіммо Ярві"}, {"Kimmo Jarva": "Kimmo Jarvi"}, {"Киммо Ярва": "Киммо Ярви"}, "similar"),
    ({"ООН": "ОБСЄ"}, {"UN": "OSCE"}, {"ООН": "ОБСЕ"}, "acronym"),
    ({"ЄС": "НАТО"}, {"EU's": "NATO's"}, {"ЕС": "НАТО"}, "acronym"),
    ({"Frontex": "Europol"}, {"Frontex": "Europol"}, {"Frontex": "Europol"}, "name"),
]

# --------------------------------------------------------------------------- 12
ARTICLES["australia-bushfire"] = [
    [("Лісова пожежа в австралійському штаті Вікторія знищила 76 тис. гектарів",
      "Bushfire in Australian state of Victoria burns through 76,000 hectares",
      "Лесной пожар в австралийском штате Виктория уничтожил 76 тыс. гектаров")],
    [("Масштабна лісова пожежа в національному парку Грампіанс на заході штату Вікторія станом на середу, 8 січня, знищила понад 76 тис. гектарів лісу й пасовищ.",
      "A major bushfire in Grampians National Park in western Victoria had burned more than 76,000 hectares of bush and pasture by Wednesday, January 8.",
      "Крупный лесной пожар в национальном парке Грэмпианс на западе штата Виктория к среде, 8 января, уничтожил более 76 тыс. гектаров леса и пастбищ."),
     ("Вогонь, що спалахнув від удару блискавки ще минулого тижня, знищив 12 будинків і понад 40 господарських споруд у містечку Голс-Геп та його околицях.",
      "The fire, sparked by lightning last week, has destroyed 12 homes and more than 40 outbuildings in and around the town of Halls Gap.",
      "Огонь, вспыхнувший от удара молнии еще на прошлой неделе, уничтожил 12 домов и более 40 хозяйственных построек в городке Холлс-Гэп и его окрестностях."),
     ("Близько 3 тис. мешканців і туристів евакуювали до сусіднього міста Ставелл.",
      "Around 3,000 residents and tourists were evacuated to the nearby town of Stawell.",
      "Около 3 тыс. жителей и туристов эвакуировали в соседний город Стауэлл.")],
    [("За даними Бюро метеорології, у вівторок температура в регіоні сягнула 44,6 градуса, а пориви вітру — 90 км/год.",
      "According to the Bureau of Meteorology, temperatures in the region hit 44.6 degrees Celsius on Tuesday, with wind gusts of 90 km/h.",
      "По данным Бюро метеорологии, во вторник температура в регионе достигла 44,6 градуса, а порывы ветра — 90 км/ч."),
     ("Комісар із надзвичайних ситуацій Тім Вібуш сказав, що з вогнем борються понад 700 пожежників Сільської пожежної служби (CFA) та 35 літаків.",
      "Emergency Management Commissioner Tim Wiebusch said more than 700 Country Fire Authority (CFA) firefighters and 35 aircraft were fighting the blaze.",
      "Комиссар по чрезвычайным ситуациям Тим Вибуш сказал, что с огнем борются более 700 пожарных Сельской пожарной службы (CFA) и 35 самолетов."),
     ("Ще 120 пожежників на допомогу надіслала Нова Зеландія.",
      "New Zealand has sent another 120 firefighters to help.",
      "Еще 120 пожарных на помощь направила Новая Зеландия.",
      {"join": "ru"})],
    [("Прем’єрка Вікторії Джасінта Аллан оголосила стан катастрофи в чотирьох округах і пообіцяла постраждалим одноразову виплату 2 тис. австралійських доларів на родину.",
      "Victorian Premier Jacinta Allan declared a state of disaster in four shires and promised affected families a one-off payment of 2,000 Australian dollars.",
      "Премьер Виктории Джасинта Аллан объявила режим бедствия в четырех округах и пообещала пострадавшим единовременную выплату в размере 2 тыс. австралийских долларов на семью."),
     ("Прем’єр-міністр Австралії Ентоні Албаніз, який відвідав евакуаційний центр у Ставеллі, сказав, що цьогорічний пожежний сезон «може стати найважчим з 2019 року».",
      "Prime Minister Anthony Albanese, who visited an evacuation centre in Stawell, said this year's fire season \"could be the worst since 2019\".",
      "Премьер-министр Австралии Энтони Албанезе, посетивший эвакуационный центр в Стауэлле, сказал, что пожарный сезон в этом году «может стать самым тяжелым с 2019 года»."),
     ("Тоді, у 2019–2020 роках, пожежі «чорного літа» знищили понад 24 млн гектарів і забрали життя 33 людей.",
      "In 2019–2020 the Black Summer fires burned more than 24 million hectares and killed 33 people.",
      "Тогда, в 2019–2020 годах, пожары «черного лета» уничтожили более 24 млн гектаров и унесли жизни 33 человек.")],
    [("Екологи з WWF-Australia побоюються, що у вогні загинули сотні коал і валабі.",
      "Ecologists at WWF-Australia fear hundreds of koalas and wallabies have died in the fire.",
      "Экологи из WWF-Australia опасаются, что в огне погибли сотни коал и валлаби.")],
]
SWAPS["australia-bushfire"] = [
    ({"Вікторія": "Новий Південний Уельс"}, {"Victoria": "New South Wales"}, {"Виктория": "Новый Южный Уэльс"}, "place"),
    ({"Грампіанс": "Літтл-Дезерт"}, {"Grampians": "Little Desert"}, {"Грэмпианс": "Литл-Дезерт"}, "place"),
    ({"Голс-Геп": "Помонал"}, {"Halls Gap": "Pomonal"}, {"Холлс-Гэп": "Помонал"}, "place"),
    ({"Ставелл": "Арарат", "Ставеллі": "Арараті"}, {"Stawell": "Ararat"}, {"Стауэлл": "Арарат", "Стауэлле": "Арарате"}, "place"),
    ({"Нова Зеландія": "Канада"}, {"New Zealand": "Canada"}, {"Новая Зеландия": "Канада"}, "place"),
    ({"австралійських": "новозеландських"}, {"Australian dollars": "New Zealand dollars"}, {"австралийских": "новозеландских"}, "nationality"),
    ({"австралійському": "новозеландському"}, {"Australian": "New Zealand"}, {"австралийском": "новозеландском"}, "nationality"),
    ({"Ентоні Албаніз": "Пітер Даттон"}, {"Anthony Albanese": "Peter Dutton"}, {"Энтони Албанезе": "Питер Даттон"}, "person"),
    ({"Джасінта Аллан": "Джасінда Ардерн"}, {"Jacinta Allan": "Jacinda Ardern"}, {"Джасинта Аллан": "Джасинда Ардерн"}, "similar"),
    ({"Тім Вібуш": "Ендрю Вібуш"}, {"Tim Wiebusch": "Andrew Wiebusch"}, {"Тим Вибуш": "Эндрю Вибуш"}, "first"),
    ({"CFA": "SES"}, {"CFA": "SES"}, {"CFA": "SES"}, "acronym"),
    ({"WWF-Australia": "Greenpeace Australia"}, {"WWF-Australia": "Greenpeace Australia"}, {"WWF-Australia": "Greenpeace Australia"}, "name"),
]

# =========================================================================== generator
import json
import os
import random
import re
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
EDS = ("uk", "en", "ru")
SEED = 4242
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
