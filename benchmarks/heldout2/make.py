"""Generator of the i18ncheck second held-out set (names focus): `python3 benchmarks/heldout2/make.py`
rewrites cases/, gold.jsonl and index.json next to this file (deterministic: fixed seed).

The articles below were written for this set, independently of the dev benchmark, of the first
held-out set and of i18ncheck itself. The focus is named entities across scripts: people (full
name, then surname, pronoun or job title), Ukrainian vs Russian first-name forms, foreign names
transliterated differently in uk and ru, Ukrainian and foreign places, demonyms and nationality
adjectives, organisations (acronyms, ministries, Latin brand names, names in quotes) and translated
titles of books, films and prizes.

Every article is a list of paragraphs; every paragraph a list of gold sentences; every gold
sentence a tuple (uk, en, ru[, layout]). A gold sentence is one unit of meaning: where a
translator split it into two sentences, both halves sit in the same string. The optional
layout dict moves paragraph breaks in some editions only:
  {"brk": "ru"}   in ru, start a new paragraph at this sentence (it is mid-paragraph elsewhere)
  {"join": "uk"}  in uk, this sentence (first of its paragraph) continues the previous paragraph
SWAPS lists, per article, real same-kind replacements for names, in the grammatical form in
which each name appears in the text (used only by make.py to inject entity errors): another
person (often with a similar-looking name), the same surname with another first name, another
city or country, another nationality adjective, another organisation or acronym, another title.
The stories are synthetic news written for testing; they are not factual reports, and apart from
a few well-known public figures and institutions the people in them are invented.
"""

NB = "\u00a0"  # no-break space, as many newsrooms type it inside numbers

ARTICLES = {}
SWAPS = {}

# --------------------------------------------------------------------------- 1
ARTICLES["shakhtar-betis"] = [
    [("«Шахтар» обіграв «Бетіс» у Кракові та вийшов до чвертьфіналу Ліги конференцій",
      "Shakhtar beat Betis in Kraków to reach Conference League quarter-finals",
      "«Шахтер» обыграл «Бетис» в Кракове и вышел в четвертьфинал Лиги конференций")],
    [("Донецький «Шахтар» у четвер, 13 березня, переміг іспанський «Реал Бетіс» з рахунком 2:1 у матчі-відповіді Ліги конференцій УЄФА.",
      "Shakhtar Donetsk beat Spain's Real Betis 2-1 on Thursday, March 13, in the second leg of their UEFA Conference League tie.",
      "Донецкий «Шахтер» в четверг, 13 марта, победил испанский «Реал Бетис» со счетом 2:1 в ответном матче Лиги конференций УЕФА."),
     ("Матч відбувся в Кракові на стадіоні імені Генрика Реймана, на трибунах було понад 14 тис. глядачів.",
      "The match was played at the Henryk Reyman Stadium in Kraków in front of more than 14,000 spectators.",
      "Матч прошел в Кракове на стадионе имени Генрика Реймана, на трибунах было более 14" + NB + "000 зрителей."),
     ("Перший матч у Севільї завершився внічию 1:1, тож «гірникам» була потрібна перемога.",
      "The first leg in Seville had ended 1-1, so the Miners needed a win.",
      "Первый матч в Севилье завершился вничью 1:1, поэтому «горнякам» нужна была победа.",
      {"brk": "en"})],
    [("Рахунок на 27-й хвилині відкрив бразилець Вінісіус Мота, але ще до перерви іспанці відігралися завдяки голу Хесуса Родрігеса.",
      "Brazilian forward Vinícius Mota opened the scoring in the 27th minute, but the Spanish side equalised before half-time through Jesús Rodríguez.",
      "Счет на 27-й минуте открыл бразилец Винисиус Мота, но еще до перерыва испанцы отыгрались благодаря голу Хесуса Родригеса."),
     ("Переможний гол на 81-й хвилині забив 19-річний Єгор Процюк, який вийшов на заміну лише за п’ять хвилин до того.",
      "The winner came in the 81st minute from 19-year-old Yehor Protsiuk, who had come on as a substitute only five minutes earlier.",
      "Победный гол на 81-й минуте забил 19-летний Егор Процюк. Он вышел на замену всего за пять минут до этого.")],
    [("Головний тренер «Шахтаря» хорват Даріо Ковачевич після гри сказав, що команда показала характер у найважчий момент.",
      "Shakhtar's Croatian head coach Dario Kovačević said after the game that his team had shown character at the hardest moment.",
      "Главный тренер «Шахтера» хорват Дарио Ковачевич после игры сказал, что команда показала характер в самый трудный момент."),
     ("Ковачевич також подякував польським уболівальникам «Вісли», які підтримували українську команду.",
      "He also thanked fans of the Polish club Wisła, who had backed the Ukrainian side.",
      "Ковачевич также поблагодарил польских болельщиков «Вислы», которые поддерживали украинскую команду.")],
    [("Суперника в чвертьфіналі визначить жеребкування, яке відбудеться 21 березня в штаб-квартирі УЄФА в Ньйоні.",
      "The quarter-final opponent will be decided by a draw at UEFA headquarters in Nyon on March 21.",
      "Соперника в четвертьфинале определит жеребьевка, которая пройдет 21 марта в штаб-квартире УЕФА в Ньоне."),
     ("Серед можливих суперників — англійський «Челсі», італійська «Фіорентина» та польська «Легія».",
      "Possible opponents include England's Chelsea, Italy's Fiorentina and Poland's Legia Warsaw.",
      "Среди возможных соперников — английский «Челси», итальянская «Фиорентина» и польская «Легия»."),
     ("Генеральний директор клубу Андрій Мартинюк заявив, що «Шахтар» і надалі прийматиме суперників у Польщі, а квитки на чвертьфінал надійдуть у продаж 24 березня.",
      "Club CEO Andriy Martyniuk said Shakhtar would keep hosting opponents in Poland, and tickets for the quarter-final would go on sale on March 24.",
      "Генеральный директор клуба Андрей Мартынюк заявил, что «Шахтер» и дальше будет принимать соперников в Польше, а билеты на четвертьфинал поступят в продажу 24 марта.",
      {"brk": "uk ru"})],
]
SWAPS["shakhtar-betis"] = [
    ({"«Бетіс»": "«Вільярреал»", "«Реал Бетіс»": "«Вільярреал»"}, {"Betis": "Villarreal", "Real Betis": "Villarreal"},
     {"«Бетис»": "«Вильярреал»", "«Реал Бетис»": "«Вильярреал»"}),
    ({"Кракові": "Варшаві"}, {"Kraków": "Warsaw"}, {"Кракове": "Варшаве"}),
    ({"Севільї": "Валенсії"}, {"Seville": "Valencia"}, {"Севилье": "Валенсии"}),
    ({"Вінісіус Мота": "Педро Роша"}, {"Vinícius Mota": "Pedro Rocha"}, {"Винисиус Мота": "Педро Роша"}),
    ({"Хесуса Родрігеса": "Хесуса Раміреса"}, {"Jesús Rodríguez": "Jesús Ramírez"}, {"Хесуса Родригеса": "Хесуса Рамиреса"}),
    ({"Єгор Процюк": "Ігор Процюк"}, {"Yehor Protsiuk": "Ihor Protsiuk"}, {"Егор Процюк": "Игорь Процюк"}),
    ({"хорват": "серб"}, {"Croatian": "Serbian"}, {"хорват": "серб"}),
    ({"Даріо Ковачевич": "Даріо Ковачич", "Ковачевич": "Ковачич"}, {"Dario Kovačević": "Dario Kovačić"},
     {"Дарио Ковачевич": "Дарио Ковачич", "Ковачевич": "Ковачич"}),
    ({"«Вісли»": "«Краковії»"}, {"Wisła": "Cracovia"}, {"«Вислы»": "«Краковии»"}),
    ({"УЄФА": "ФІФА"}, {"UEFA": "FIFA"}, {"УЕФА": "ФИФА"}),
    ({"Ньйоні": "Цюриху"}, {"Nyon": "Zurich"}, {"Ньоне": "Цюрихе"}),
    ({"«Челсі»": "«Арсенал»"}, {"Chelsea": "Arsenal"}, {"«Челси»": "«Арсенал»"}),
    ({"Андрій Мартинюк": "Олег Мартинюк"}, {"Andriy Martyniuk": "Oleh Martyniuk"}, {"Андрей Мартынюк": "Олег Мартынюк"}),
    ({"Польщі": "Німеччині"}, {"Poland": "Germany"}, {"Польше": "Германии"}),
]

# --------------------------------------------------------------------------- 2
ARTICLES["rheinmetall-plant"] = [
    [("Rheinmetall почне будувати в Україні завод снарядів калібру 155 мм",
      "Rheinmetall to start building 155mm shell plant in Ukraine",
      "Rheinmetall начнет строить в Украине завод снарядов калибра 155 мм")],
    [("Німецький концерн Rheinmetall і Міноборони України у вівторок, 9 вересня, підписали в Дюссельдорфі угоду про будівництво заводу з виробництва артилерійських снарядів.",
      "German arms maker Rheinmetall and Ukraine's defence ministry signed an agreement in Düsseldorf on Tuesday, September 9, to build a plant producing artillery shells.",
      "Немецкий концерн Rheinmetall и Минобороны Украины во вторник, 9 сентября, подписали в Дюссельдорфе соглашение о строительстве завода по производству артиллерийских снарядов."),
     ("Підприємство вироблятиме до 150 тис. снарядів на рік, а перша продукція має зійти з конвеєра у 2027 році.",
      "The facility will make up to 150,000 shells a year, with the first output due in 2027.",
      "Предприятие будет выпускать до 150 тыс. снарядов в год, а первая продукция должна сойти с конвейера в 2027 году.")],
    [("Генеральний директор Rheinmetall Юрген Гофман заявив, що інвестиції компанії становитимуть близько 400 млн євро.",
      "Rheinmetall chief executive Jürgen Hoffmann said the company would invest about €400 million.",
      "Генеральный директор Rheinmetall Юрген Хоффман заявил, что инвестиции компании составят около 400 млн евро."),
     ("За його словами, 51 % акцій спільного підприємства належатиме Rheinmetall, а 49 % — державному концерну «Українська оборонна промисловість».",
      "He said Rheinmetall would hold 51% of the joint venture, with the remaining 49% owned by the state-run Ukrainian Defense Industry.",
      "По его словам, 51% акций совместного предприятия будет принадлежать Rheinmetall, а 49% — государственному концерну «Украинская оборонная промышленность»."),
     ("Міністр оборони Михайло Бойко назвав угоду «найбільшою німецькою інвестицією в українську оборонку» і подякував уряду Німеччини за гарантії.",
      "Defence Minister Mykhailo Boiko called the deal \"the largest German investment in Ukraine's defence industry\" and thanked the German government for its guarantees.",
      "Министр обороны Михаил Бойко назвал соглашение «крупнейшей немецкой инвестицией в украинскую оборонку» и поблагодарил правительство Германии за гарантии.",
      {"brk": "ru"})],
    [("Місце розташування заводу з міркувань безпеки не розголошують, однак, за даними Bloomberg, ідеться про одну із західних областей.",
      "The plant's location is being kept secret for security reasons, but Bloomberg reported that it would be in one of the western regions.",
      "Местоположение завода из соображений безопасности не раскрывают, однако, по данным Bloomberg, речь идет об одной из западных областей."),
     ("Захищати майданчик від атак дронів і ракет допомагатимуть системи ППО Skyranger, перші дві з яких Україна отримає до кінця року.",
      "Skyranger air-defence systems will help protect the site from drone and missile attacks, and Ukraine will receive the first two by the end of the year.",
      "Защищать площадку от атак дронов и ракет помогут системы ПВО Skyranger. Первые две из них Украина получит до конца года.")],
    [("Уряд Німеччини цього року вже виділив Україні військову допомогу на 9 млрд євро, нагадала посолка ФРН у Києві Гайке Гартман.",
      "The German government has already allocated €9 billion in military aid to Ukraine this year, German Ambassador to Kyiv Heike Hartmann noted.",
      "Правительство Германии в этом году уже выделило Украине военную помощь на 9 млрд евро, напомнила посол ФРГ в Киеве Хайке Хартман."),
     ("У НАТО угоду назвали прикладом для інших союзників, зокрема Польщі та Чехії, які теж розширюють виробництво боєприпасів.",
      "NATO called the deal an example for other allies, including Poland and the Czech Republic, which are also expanding ammunition production.",
      "В НАТО соглашение назвали примером для других союзников, в частности Польши и Чехии, которые тоже расширяют производство боеприпасов."),
     ("Перший завод Rheinmetall в Україні — з ремонту бронетехніки — працює з червня 2024 року.",
      "Rheinmetall's first facility in Ukraine, an armoured vehicle repair shop, has been operating since June 2024.",
      "Первый завод Rheinmetall в Украине — по ремонту бронетехники — работает с июня 2024 года.",
      {"brk": "en"})],
]
SWAPS["rheinmetall-plant"] = [
    ({"Rheinmetall": "KNDS"}, {"Rheinmetall": "KNDS"}, {"Rheinmetall": "KNDS"}),
    ({"Німецький": "Французький", "німецькою": "французькою"}, {"German": "French"}, {"Немецкий": "Французский", "немецкой": "французской"}),
    ({"Дюссельдорфі": "Берліні"}, {"Düsseldorf": "Berlin"}, {"Дюссельдорфе": "Берлине"}),
    ({"Міноборони": "Мінстратегпром"}, {"defence ministry": "strategic industries ministry"}, {"Минобороны": "Минстратегпром"}),
    ({"Юрген Гофман": "Юрген Кауфман"}, {"Jürgen Hoffmann": "Jürgen Kaufmann"}, {"Юрген Хоффман": "Юрген Кауфман"}),
    ({"«Українська оборонна промисловість»": "«Укрспецекспорт»"}, {"Ukrainian Defense Industry": "Ukrspecexport"},
     {"«Украинская оборонная промышленность»": "«Укрспецэкспорт»"}),
    ({"Михайло Бойко": "Микола Бойко"}, {"Mykhailo Boiko": "Mykola Boiko"}, {"Михаил Бойко": "Николай Бойко"}),
    ({"Bloomberg": "Reuters"}, {"Bloomberg": "Reuters"}, {"Bloomberg": "Reuters"}),
    ({"Skyranger": "Gepard"}, {"Skyranger": "Gepard"}, {"Skyranger": "Gepard"}),
    ({"Гайке Гартман": "Сабіне Гартман"}, {"Heike Hartmann": "Sabine Hartmann"}, {"Хайке Хартман": "Сабине Хартман"}),
    ({"Києві": "Варшаві"}, {"Kyiv": "Warsaw"}, {"Киеве": "Варшаве"}),
    ({"НАТО": "ЄС"}, {"NATO": "EU"}, {"НАТО": "ЕС"}),
    ({"Чехії": "Словаччини"}, {"the Czech Republic": "Slovakia"}, {"Чехии": "Словакии"}),
]

# --------------------------------------------------------------------------- 3
ARTICLES["baltic-grain"] = [
    [("Латвійські порти вдвічі збільшили перевалку українського зерна",
      "Latvian ports double Ukrainian grain transshipment",
      "Латвийские порты вдвое увеличили перевалку украинского зерна")],
    [("Порти Риги, Вентспілса та Лієпаї за дев’ять місяців 2025 року перевалили 2,3 млн тонн українського зерна — удвічі більше, ніж за весь 2024 рік.",
      "The ports of Riga, Ventspils and Liepāja handled 2.3 million tonnes of Ukrainian grain in the first nine months of 2025, twice as much as in the whole of 2024.",
      "Порты Риги, Вентспилса и Лиепаи за девять месяцев 2025 года перевалили 2,3 млн тонн украинского зерна — вдвое больше, чем за весь 2024 год."),
     ("Про це в п’ятницю, 17 жовтня, повідомив міністр сполучення Латвії Андріс Калниньш після зустрічі з українською делегацією в Ризі.",
      "Latvian Transport Minister Andris Kalniņš gave the figures on Friday, October 17, after meeting a Ukrainian delegation in Riga.",
      "Об этом в пятницу, 17 октября, сообщил министр сообщения Латвии Андрис Калниньш после встречи с украинской делегацией в Риге.")],
    [("За словами Калниньша, вантажі надходять залізницею через Польщу та Литву, а середній час доставки з Вінниччини до Риги скоротився до 11 діб.",
      "Kalniņš said the cargo arrives by rail via Poland and Lithuania, and the average delivery time from the Vinnytsia region to Riga has fallen to 11 days.",
      "По словам Калниньша, грузы поступают по железной дороге через Польшу и Литву, а среднее время доставки из Винницкой области в Ригу сократилось до 11 суток."),
     ("«Укрзалізниця» та латвійська компанія LDz Cargo домовилися запустити з листопада регулярний контейнерний поїзд за маршрутом Київ — Рига.",
      "Ukrzaliznytsia and Latvia's LDz Cargo have agreed to launch a regular container train between Kyiv and Riga from November.",
      "«Укрзализныця» и латвийская компания LDz Cargo договорились запустить с ноября регулярный контейнерный поезд по маршруту Киев — Рига.",
      {"brk": "en"}),
     ("Голова правління «Укрзалізниці» Олександр Шевчишин розраховує, що поїзд курсуватиме двічі на тиждень і перевозитиме до 90 контейнерів за рейс.",
      "Ukrzaliznytsia CEO Oleksandr Shevchyshyn expects the train to run twice a week, carrying up to 90 containers per trip.",
      "Председатель правления «Укрзализныци» Александр Шевчишин рассчитывает, что поезд будет курсировать дважды в неделю и перевозить до 90 контейнеров за рейс.")],
    [("Литовський порт Клайпеда тим часом обробив 1,1 млн тонн українських вантажів, переважно соняшникової олії та металу.",
      "Lithuania's port of Klaipėda, meanwhile, handled 1.1 million tonnes of Ukrainian cargo, mostly sunflower oil and metal.",
      "Литовский порт Клайпеда тем временем обработал 1,1 млн тонн украинских грузов, в основном подсолнечного масла и металла."),
     ("Естонія, за даними Bloomberg, веде переговори про перевалку українського зерна через порт Мууга поблизу Таллінна.",
      "Estonia is in talks to ship Ukrainian grain through the port of Muuga near Tallinn, Bloomberg reported.",
      "Эстония, по данным Bloomberg, ведет переговоры о перевалке украинского зерна через порт Мууга возле Таллина.")],
    [("Європейська комісія виділить 30 млн євро на модернізацію прикордонного терміналу в Мостиськах, де вагони переставляють на європейську колію.",
      "The European Commission will provide €30 million to upgrade the border terminal at Mostyska, where wagons are switched to the European gauge.",
      "Европейская комиссия выделит 30 млн евро на модернизацию пограничного терминала в Мостиске, где вагоны переставляют на европейскую колею.",
      {"join": "ru"}),
     ("Наступна зустріч міністрів транспорту країн Балтії, Польщі та України запланована на 5 грудня у Вільнюсі.",
      "The next meeting of transport ministers from the Baltic states, Poland and Ukraine is scheduled for December 5 in Vilnius.",
      "Следующая встреча министров транспорта стран Балтии, Польши и Украины запланирована на 5 декабря в Вильнюсе.")],
]
SWAPS["baltic-grain"] = [
    ({"Латвійські": "Литовські"}, {"Latvian": "Lithuanian"}, {"Латвийские": "Литовские"}),
    ({"Латвії": "Литви"}, {"Latvian": "Lithuanian"}, {"Латвии": "Литвы"}),
    ({"латвійська": "естонська"}, {"Latvia's": "Estonia's"}, {"латвийская": "эстонская"}),
    ({"Риги": "Таллінна", "Ризі": "Таллінні", "Рига": "Таллінн"}, {"Riga": "Tallinn"},
     {"Риги": "Таллина", "Риге": "Таллине", "Ригу": "Таллин", "Рига": "Таллин"}),
    ({"Вентспілса": "Клайпеди"}, {"Ventspils": "Klaipėda"}, {"Вентспилса": "Клайпеды"}),
    ({"Андріс Калниньш": "Айварс Калниньш"}, {"Andris Kalniņš": "Aivars Kalniņš"}, {"Андрис Калниньш": "Айварс Калниньш"}),
    ({"Калниньша": "Озолса"}, {"Kalniņš": "Ozols"}, {"Калниньша": "Озолса"}),
    ({"Польщу": "Угорщину", "Польщі": "Угорщини"}, {"Poland": "Hungary"}, {"Польшу": "Венгрию", "Польши": "Венгрии"}),
    ({"Вінниччини": "Полтавщини"}, {"Vinnytsia": "Poltava"}, {"Винницкой": "Полтавской"}),
    ({"«Укрзалізниця»": "«Укрпошта»", "«Укрзалізниці»": "«Укрпошти»"}, {"Ukrzaliznytsia": "Ukrposhta"},
     {"«Укрзализныця»": "«Укрпочта»", "«Укрзализныци»": "«Укрпочты»"}),
    ({"LDz Cargo": "LTG Cargo"}, {"LDz Cargo": "LTG Cargo"}, {"LDz Cargo": "LTG Cargo"}),
    ({"Київ": "Львів"}, {"Kyiv": "Lviv"}, {"Киев": "Львов"}),
    ({"Олександр Шевчишин": "Олександр Шевченко"}, {"Oleksandr Shevchyshyn": "Oleksandr Shevchenko"},
     {"Александр Шевчишин": "Александр Шевченко"}),
    ({"Литовський": "Латвійський"}, {"Lithuania's": "Latvia's"}, {"Литовский": "Латвийский"}),
    ({"Клайпеда": "Гданськ"}, {"Klaipėda": "Gdańsk"}, {"Клайпеда": "Гданьск"}),
    ({"Естонія": "Фінляндія"}, {"Estonia": "Finland"}, {"Эстония": "Финляндия"}),
    ({"Bloomberg": "Reuters"}, {"Bloomberg": "Reuters"}, {"Bloomberg": "Reuters"}),
    ({"Таллінна": "Гельсінкі"}, {"Tallinn": "Helsinki"}, {"Таллина": "Хельсинки"}),
    ({"Європейська комісія": "Світовий банк"}, {"European Commission": "World Bank"}, {"Европейская комиссия": "Всемирный банк"}),
    ({"Мостиськах": "Чопі"}, {"Mostyska": "Chop"}, {"Мостиске": "Чопе"}),
    ({"Вільнюсі": "Варшаві"}, {"Vilnius": "Warsaw"}, {"Вильнюсе": "Варшаве"}),
]

# --------------------------------------------------------------------------- 4
ARTICLES["hyundai-trains"] = [
    [("Hyundai Rotem передасть «Укрзалізниці» 20 нових електропоїздів",
      "Hyundai Rotem to supply Ukrzaliznytsia with 20 new electric trains",
      "Hyundai Rotem передаст «Укрзализныце» 20 новых электропоездов")],
    [("Південнокорейська компанія Hyundai Rotem і «Укрзалізниця» в понеділок, 2 червня, підписали в Сеулі контракт на постачання 20 міжрегіональних електропоїздів.",
      "South Korea's Hyundai Rotem and Ukrzaliznytsia signed a contract in Seoul on Monday, June 2, for the supply of 20 interregional electric trains.",
      "Южнокорейская компания Hyundai Rotem и «Укрзализныця» в понедельник, 2 июня, подписали в Сеуле контракт на поставку 20 межрегиональных электропоездов."),
     ("Вартість угоди — 470 млн доларів; її фінансують Експортно-імпортний банк Кореї та ЄБРР.",
      "The deal is worth $470 million and is financed by the Export-Import Bank of Korea and the EBRD.",
      "Стоимость сделки — 470 млн долларов; ее финансируют Экспортно-импортный банк Кореи и ЕБРР.")],
    [("Контракт підписали президент Hyundai Rotem Лі Сон Хо та голова правління «Укрзалізниці» Тетяна Мельничук.",
      "The contract was signed by Hyundai Rotem president Lee Seong-ho and Ukrzaliznytsia CEO Tetiana Melnychuk.",
      "Контракт подписали президент Hyundai Rotem Ли Сон Хо и председатель правления «Укрзализныци» Татьяна Мельничук."),
     ("Перші шість поїздів зберуть на заводі в Чханвоні, а решту — у Кременчуці на потужностях Крюківського вагонобудівного заводу.",
      "The first six trains will be assembled at the plant in Changwon, and the rest in Kremenchuk at the Kryukiv Railway Car Building Works.",
      "Первые шесть поездов соберут на заводе в Чханвоне, а остальные — в Кременчуге на мощностях Крюковского вагоностроительного завода."),
     ("За словами Мельничук, нові поїзди курсуватимуть насамперед між Києвом, Львовом, Одесою та Харковом.",
      "Melnychuk said the new trains would run mainly between Kyiv, Lviv, Odesa and Kharkiv.",
      "По словам Мельничук, новые поезда будут курсировать прежде всего между Киевом, Львовом, Одессой и Харьковом.",
      {"brk": "ru"})],
    [("Посол Республіки Корея в Україні Кім Хьон У назвав угоду найбільшим корейським інфраструктурним проєктом в Україні.",
      "South Korean Ambassador to Ukraine Kim Hyun-woo called the deal the largest Korean infrastructure project in Ukraine.",
      "Посол Республики Корея в Украине Ким Хён У назвал соглашение крупнейшим корейским инфраструктурным проектом в Украине."),
     ("Перші поїзди Hyundai курсують в Україні з 2012 року, коли їх закупили до чемпіонату Європи з футболу.",
      "Hyundai trains have been running in Ukraine since 2012, when they were bought ahead of the European Football Championship.",
      "Первые поезда Hyundai курсируют в Украине с 2012 года, когда их закупили к чемпионату Европы по футболу.",
      {"brk": "uk"}),
     ("Тоді Україна отримала 10 поїздів; два з них згодом пошкодили російські удари по Харкову та Краматорську.",
      "Ukraine received 10 trains at the time, two of which were later damaged by Russian strikes on Kharkiv and Kramatorsk.",
      "Тогда Украина получила 10 поездов, два из которых позже были повреждены российскими ударами по Харькову и Краматорску.")],
    [("Віцепрем’єр з відновлення Василь Гнатюк заявив, що уряд також веде переговори з японською Hitachi щодо сигналізації на лінії Київ — Ягодин.",
      "Deputy Prime Minister for Reconstruction Vasyl Hnatiuk said the government was also in talks with Japan's Hitachi on signalling for the Kyiv–Yahodyn line.",
      "Вице-премьер по восстановлению Василий Гнатюк заявил, что правительство также ведет переговоры с японской Hitachi о сигнализации на линии Киев — Ягодин."),
     ("Постачання першого поїзда заплановане на березень 2027 року.",
      "The first train is due to be delivered in March 2027.",
      "Поставка первого поезда запланирована на март 2027 года.")],
]
SWAPS["hyundai-trains"] = [
    ({"Hyundai Rotem": "Woojin"}, {"Hyundai Rotem": "Woojin"}, {"Hyundai Rotem": "Woojin"}),
    ({"Південнокорейська": "Японська"}, {"South Korea's": "Japan's"}, {"Южнокорейская": "Японская"}),
    ({"Сеулі": "Пусані"}, {"Seoul": "Busan"}, {"Сеуле": "Пусане"}),
    ({"ЄБРР": "ЄІБ"}, {"EBRD": "EIB"}, {"ЕБРР": "ЕИБ"}),
    ({"Експортно-імпортний банк Кореї": "Японський банк міжнародного співробітництва"},
     {"Export-Import Bank of Korea": "Japan Bank for International Cooperation"},
     {"Экспортно-импортный банк Кореи": "Японский банк международного сотрудничества"}),
    ({"Лі Сон Хо": "Лі Сон Мін"}, {"Lee Seong-ho": "Lee Seong-min"}, {"Ли Сон Хо": "Ли Сон Мин"}),
    ({"Тетяна Мельничук": "Тетяна Мельник", "Мельничук": "Мельник"}, {"Tetiana Melnychuk": "Tetiana Melnyk", "Melnychuk": "Melnyk"},
     {"Татьяна Мельничук": "Татьяна Мельник", "Мельничук": "Мельник"}),
    ({"Чханвоні": "Ульсані"}, {"Changwon": "Ulsan"}, {"Чханвоне": "Ульсане"}),
    ({"Кременчуці": "Дніпрі"}, {"Kremenchuk": "Dnipro"}, {"Кременчуге": "Днепре"}),
    ({"Одесою": "Миколаєвом"}, {"Odesa": "Mykolaiv"}, {"Одессой": "Николаевом"}),
    ({"Львовом": "Ужгородом"}, {"Lviv": "Uzhhorod"}, {"Львовом": "Ужгородом"}),
    ({"Кім Хьон У": "Кім Чон Хо"}, {"Kim Hyun-woo": "Kim Jong-ho"}, {"Ким Хён У": "Ким Чон Хо"}),
    ({"корейським": "японським"}, {"Korean infrastructure": "Japanese infrastructure"}, {"корейским": "японским"}),
    ({"Краматорську": "Слов’янську"}, {"Kramatorsk": "Sloviansk"}, {"Краматорску": "Славянску"}),
    ({"Василь Гнатюк": "Віталій Гнатюк"}, {"Vasyl Hnatiuk": "Vitaliy Hnatiuk"}, {"Василий Гнатюк": "Виталий Гнатюк"}),
    ({"японською": "німецькою"}, {"Japan's": "Germany's"}, {"японской": "немецкой"}),
    ({"Hitachi": "Toshiba"}, {"Hitachi": "Toshiba"}, {"Hitachi": "Toshiba"}),
    ({"Ягодин": "Чоп"}, {"Yahodyn": "Chop"}, {"Ягодин": "Чоп"}),
]

# --------------------------------------------------------------------------- 5
ARTICLES["iaea-rotation"] = [
    [("На ЗАЕС прибула нова ротація експертів МАГАТЕ",
      "New rotation of IAEA experts arrives at Zaporizhzhia nuclear plant",
      "На ЗАЭС прибыла новая ротация экспертов МАГАТЭ")],
    [("Нова група з чотирьох інспекторів МАГАТЕ в середу, 22 січня, заступила на чергування на окупованій Запорізькій АЕС.",
      "A new team of four IAEA inspectors began its shift at the occupied Zaporizhzhia nuclear power plant on Wednesday, January 22.",
      "Новая группа из четырех инспекторов МАГАТЭ в среду, 22 января, заступила на дежурство на оккупированной Запорожской АЭС."),
     ("Ротацію вперше з осені провели через лінію фронту з боку підконтрольної Україні території, повідомили в агентстві у Відні.",
      "For the first time since the autumn, the rotation crossed the front line from Ukrainian-controlled territory, the agency's headquarters in Vienna said.",
      "Ротацию впервые с осени провели через линию фронта со стороны подконтрольной Украине территории, сообщили в агентстве в Вене.")],
    [("Групу очолює шведський фахівець Мікаель Ліндквіст, який раніше працював на АЕС «Форсмарк».",
      "The team is led by Swedish specialist Mikael Lindqvist, who previously worked at the Forsmark nuclear plant.",
      "Группу возглавляет шведский специалист Микаэль Линдквист, ранее работавший на АЭС «Форсмарк»."),
     ("За словами Ліндквіста, персонал станції скоротився з 11 тис. до приблизно 5 тис. осіб, що створює ризики для безпеки.",
      "According to Lindqvist, the plant's staff has shrunk from 11,000 to about 5,000, which poses safety risks.",
      "По словам Линдквиста, персонал станции сократился с 11 тыс. до примерно 5 тыс. человек, что создает риски для безопасности."),
     ("Він також повідомив, що з 2022 року станція 12 разів повністю втрачала зовнішнє електроживлення.",
      "He added that the plant had completely lost off-site power 12 times since 2022.",
      "Он также сообщил, что с 2022 года станция 12 раз полностью теряла внешнее электроснабжение.",
      {"brk": "uk"})],
    [("Виконувач обов’язків президента «Енергоатома» Павло Ковтонюк закликав МАГАТЕ домагатися виведення російських військових з Енергодара.",
      "Energoatom's acting president Pavlo Kovtoniuk urged the IAEA to press for the withdrawal of Russian troops from Enerhodar.",
      "Исполняющий обязанности президента «Энергоатома» Павел Ковтонюк призвал МАГАТЭ добиваться вывода российских военных из Энергодара."),
     ("Міністерка енергетики Ірина Демченко розповіла, що питання ЗАЕС обговорять на засіданні Ради керуючих МАГАТЕ 3 березня.",
      "Energy Minister Iryna Demchenko said the plant would be discussed at a meeting of the IAEA Board of Governors on March 3.",
      "Министр энергетики Ирина Демченко рассказала, что вопрос ЗАЭС обсудят на заседании Совета управляющих МАГАТЭ 3 марта.")],
    [("Окрім ЗАЕС, експерти агентства постійно перебувають на Хмельницькій, Рівненській та Південноукраїнській АЕС, а також у Чорнобилі.",
      "Besides Zaporizhzhia, the agency keeps experts permanently at the Khmelnytskyi, Rivne and South Ukraine nuclear plants, as well as at Chornobyl.",
      "Помимо ЗАЭС, эксперты агентства постоянно находятся на Хмельницкой, Ровенской и Южно-Украинской АЭС, а также в Чернобыле."),
     ("У лютому 2025 року російський дрон пошкодив захисне укриття над четвертим енергоблоком ЧАЕС, і ремонт досі не завершено.",
      "In February 2025 a Russian drone damaged the protective shelter over the fourth reactor at Chornobyl, and repairs are still not complete.",
      "В феврале 2025 года российский дрон повредил защитное укрытие над четвертым энергоблоком ЧАЭС, и ремонт до сих пор не завершен."),
     ("Наступна ротація на ЗАЕС запланована на середину березня.",
      "The next rotation at the plant is planned for mid-March.",
      "Следующая ротация на ЗАЭС запланирована на середину марта.",
      {"brk": "en"})],
]
SWAPS["iaea-rotation"] = [
    ({"МАГАТЕ": "ОБСЄ"}, {"IAEA": "OSCE"}, {"МАГАТЭ": "ОБСЕ"}),
    ({"Запорізькій": "Південноукраїнській"}, {"Zaporizhzhia": "South Ukraine"}, {"Запорожской": "Южно-Украинской"}),
    ({"Відні": "Женеві"}, {"Vienna": "Geneva"}, {"Вене": "Женеве"}),
    ({"шведський": "фінський"}, {"Swedish": "Finnish"}, {"шведский": "финский"}),
    ({"Мікаель Ліндквіст": "Мікаель Ліндгрен", "Ліндквіста": "Ліндгрена"}, {"Mikael Lindqvist": "Mikael Lindgren", "Lindqvist": "Lindgren"},
     {"Микаэль Линдквист": "Микаэль Линдгрен", "Линдквиста": "Линдгрена"}),
    ({"«Форсмарк»": "«Рінгальс»"}, {"Forsmark": "Ringhals"}, {"«Форсмарк»": "«Рингхальс»"}),
    ({"«Енергоатома»": "«Укренерго»"}, {"Energoatom": "Ukrenergo"}, {"«Энергоатома»": "«Укрэнерго»"}),
    ({"Павло Ковтонюк": "Петро Ковтонюк"}, {"Pavlo Kovtoniuk": "Petro Kovtoniuk"}, {"Павел Ковтонюк": "Петр Ковтонюк"}),
    ({"Енергодара": "Нікополя"}, {"Enerhodar": "Nikopol"}, {"Энергодара": "Никополя"}),
    ({"Ірина Демченко": "Ірина Дмитренко"}, {"Iryna Demchenko": "Iryna Dmytrenko"}, {"Ирина Демченко": "Ирина Дмитренко"}),
    ({"Чорнобилі": "Славутичі"}, {"Chornobyl": "Slavutych"}, {"Чернобыле": "Славутиче"}),
]

# --------------------------------------------------------------------------- 6
ARTICLES["kharkiv-hospital"] = [
    [("У Харкові відкрили відбудовану за кошти Іспанії дитячу лікарню",
      "Children's hospital rebuilt with Spanish funding reopens in Kharkiv",
      "В Харькове открыли восстановленную на средства Испании детскую больницу")],
    [("Харківська обласна дитяча клінічна лікарня відновила роботу в понеділок, 10 листопада, через півтора року після російського ракетного удару.",
      "The Kharkiv Regional Children's Clinical Hospital resumed work on Monday, November 10, a year and a half after a Russian missile strike.",
      "Харьковская областная детская клиническая больница возобновила работу в понедельник, 10 ноября, спустя полтора года после российского ракетного удара."),
     ("Відбудова коштувала 12,6 млн євро, з яких 9 млн надав уряд Іспанії через агентство AECID, а решту — ВООЗ і ЮНІСЕФ.",
      "The reconstruction cost €12.6 million, of which €9 million came from the Spanish government through its AECID agency and the rest from the WHO and UNICEF.",
      "Восстановление обошлось в 12,6 млн евро, из которых 9 млн предоставило правительство Испании через агентство AECID, а остальное — ВОЗ и ЮНИСЕФ.")],
    [("На відкритті були міністерка охорони здоров’я Ганна Мирошниченко та посол Іспанії в Україні Хав’єр Ольмедо.",
      "The opening was attended by Health Minister Hanna Myroshnychenko and Spain's Ambassador to Ukraine, Javier Olmedo.",
      "На открытии присутствовали министр здравоохранения Анна Мирошниченко и посол Испании в Украине Хавьер Ольмедо."),
     ("Мирошниченко повідомила, що в лікарні облаштували підземне операційне відділення на 4 операційні та 60 ліжок.",
      "The minister said the hospital now has an underground surgical unit with 4 operating theatres and 60 beds.",
      "Мирошниченко сообщила, что в больнице оборудовали подземное операционное отделение на 4 операционные и 60 коек."),
     ("Ольмедо нагадав, що Мадрид також фінансує відновлення шкіл у Миколаєві та Херсоні.",
      "Olmedo noted that Madrid is also funding the reconstruction of schools in Mykolaiv and Kherson.",
      "Ольмедо напомнил, что Мадрид также финансирует восстановление школ в Николаеве и Херсоне.",
      {"brk": "en"})],
    [("Голова представництва ВООЗ в Україні Кармен Руїс заявила, що з 2022 року в країні зафіксовано понад 2" + NB + "300 атак на медичні заклади.",
      "Carmen Ruiz, head of the WHO office in Ukraine, said more than 2,300 attacks on health facilities had been recorded in the country since 2022.",
      "Глава представительства ВОЗ в Украине Кармен Руис заявила, что с 2022 года в стране зафиксировано более 2300 атак на медицинские учреждения."),
     ("За її словами, МОЗ і ВООЗ цього року вже допомогли відновити 38 лікарень, переважно в Харківській, Сумській та Донецькій областях.",
      "She said the health ministry and the WHO had already helped restore 38 hospitals this year, mostly in the Kharkiv, Sumy and Donetsk regions.",
      "По ее словам, Минздрав и ВОЗ в этом году уже помогли восстановить 38 больниц, преимущественно в Харьковской, Сумской и Донецкой областях.")],
    [("Заступник міського голови Харкова Дмитро Чернявський сказав, що лікарня прийматиме до 9 тис. маленьких пацієнтів на рік.",
      "Kharkiv deputy mayor Dmytro Cherniavskyi said the hospital would treat up to 9,000 young patients a year.",
      "Заместитель городского головы Харькова Дмитрий Чернявский сказал, что больница будет принимать до 9 тыс. маленьких пациентов в год."),
     ("Під час удару в травні 2024 року в будівлі ніхто не загинув, оскільки пацієнтів встигли перевести до укриття.",
      "No one was killed in the building during the May 2024 strike because patients had been moved to a shelter in time.",
      "Во время удара в мае 2024 года в здании никто не погиб, поскольку пациентов успели перевести в укрытие."),
     ("Київська лікарня «Охматдит», яку росіяни атакували в липні 2024 року, має повністю відновити роботу до кінця 2026-го.",
      "Kyiv's Okhmatdyt hospital, hit by a Russian strike in July 2024, is expected to be fully operational again by the end of 2026.",
      "Киевская больница «Охматдет», которую россияне атаковали в июле 2024 года, должна полностью возобновить работу до конца 2026-го.",
      {"brk": "uk ru"})],
]
SWAPS["kharkiv-hospital"] = [
    ({"Іспанії": "Італії"}, {"Spanish": "Italian", "Spain": "Italy"}, {"Испании": "Италии"}),
    ({"Харкові": "Сумах", "Харкова": "Сум"}, {"Kharkiv": "Sumy"}, {"Харькове": "Сумах", "Харькова": "Сум"}),
    ({"ВООЗ": "ПРООН"}, {"WHO": "UNDP"}, {"ВОЗ": "ПРООН"}),
    ({"Ганна Мирошниченко": "Галина Мирошниченко"}, {"Hanna Myroshnychenko": "Halyna Myroshnychenko"}, {"Анна Мирошниченко": "Галина Мирошниченко"}),
    ({"Хав’єр Ольмедо": "Хав’єр Ортега", "Ольмедо": "Ортега"}, {"Javier Olmedo": "Javier Ortega", "Olmedo": "Ortega"},
     {"Хавьер Ольмедо": "Хавьер Ортега", "Ольмедо": "Ортега"}),
    ({"Мадрид": "Лісабон"}, {"Madrid": "Lisbon"}, {"Мадрид": "Лиссабон"}),
    ({"Миколаєві": "Запоріжжі"}, {"Mykolaiv": "Zaporizhzhia"}, {"Николаеве": "Запорожье"}),
    ({"Херсоні": "Одесі"}, {"Kherson": "Odesa"}, {"Херсоне": "Одессе"}),
    ({"Кармен Руїс": "Марія Руїс"}, {"Carmen Ruiz": "María Ruiz"}, {"Кармен Руис": "Мария Руис"}),
    ({"МОЗ": "Мінсоцполітики"}, {"health ministry": "social policy ministry"}, {"Минздрав": "Минсоцполитики"}),
    ({"Сумській": "Чернігівській"}, {"Sumy": "Chernihiv"}, {"Сумской": "Черниговской"}),
    ({"Дмитро Чернявський": "Дмитро Черненко"}, {"Dmytro Cherniavskyi": "Dmytro Chernenko"}, {"Дмитрий Чернявский": "Дмитрий Черненко"}),
    ({"Київська": "Львівська"}, {"Kyiv": "Lviv"}, {"Киевская": "Львовская"}),
]

# --------------------------------------------------------------------------- 7
ARTICLES["wilson-book"] = [
    [("Британський історик Гаррі Вілсон представив у Києві українське видання своєї книжки про Крим",
      "British historian Harry Wilson presents Ukrainian edition of his Crimea book in Kyiv",
      "Британский историк Гарри Уилсон представил в Киеве украинское издание своей книги о Крыме")],
    [("Презентація книжки «Півострів: Крим від Катерини до Путіна» відбулася в суботу, 31 травня, на «Книжковому Арсеналі».",
      "The book, \"The Peninsula: Crimea from Catherine to Putin\", was presented at the Book Arsenal festival on Saturday, May 31.",
      "Презентация книги «Полуостров: Крым от Екатерины до Путина» состоялась в субботу, 31 мая, на «Книжном Арсенале»."),
     ("Українською її переклала Юлія Ковальчук, видало «Видавництво Старого Лева» накладом 5 тис. примірників.",
      "It was translated into Ukrainian by Yulia Kovalchuk and published by the Old Lion Publishing House in a print run of 5,000 copies.",
      "На украинский ее перевела Юлия Ковальчук, издало «Издательство Старого Льва» тиражом 5 тыс. экземпляров.")],
    [("Вілсон, який викладає в Оксфордському університеті, працював над книжкою майже сім років і опрацював архіви в Сімферополі, Москві та Стамбулі.",
      "Wilson, who teaches at the University of Oxford, spent almost seven years on the book, working in archives in Simferopol, Moscow and Istanbul.",
      "Уилсон, преподающий в Оксфордском университете, работал над книгой почти семь лет и изучил архивы в Симферополе, Москве и Стамбуле."),
     ("Він розповів, що найбільше його вразили документи про депортацію кримських татар у травні 1944 року.",
      "He said he had been most struck by documents on the deportation of the Crimean Tatars in May 1944.",
      "Он рассказал, что больше всего его поразили документы о депортации крымских татар в мае 1944 года.")],
    [("Модерував розмову професор Кембриджа Томас Г’юз, співавтор Вілсона за попередньою книжкою «Чорне море».",
      "The discussion was moderated by Cambridge professor Thomas Hughes, who co-wrote Wilson's previous book, \"The Black Sea\".",
      "Модерировал беседу профессор Кембриджа Томас Хьюз, соавтор Уилсона по предыдущей книге «Черное море»."),
     ("Г’юз нагадав, що англійське видання торік увійшло до короткого списку Премії Орвелла.",
      "Hughes noted that the English edition had been shortlisted for the Orwell Prize last year.",
      "Хьюз напомнил, что английское издание в прошлом году вошло в короткий список Премии Оруэлла.")],
    [("Наступного тижня Вілсон представить книжку у Львові та Дніпрі, а 12 червня — на Варшавському книжковому ярмарку.",
      "Next week Wilson will present the book in Lviv and Dnipro, and on June 12 at the Warsaw Book Fair.",
      "На следующей неделе Уилсон представит книгу во Львове и Днепре, а 12 июня — на Варшавской книжной ярмарке."),
     ("Польський переклад, який підготувала Малгожата Вишневська, вийде у видавництві Znak восени.",
      "A Polish translation by Małgorzata Wiśniewska will be published by Znak in the autumn.",
      "Польский перевод, подготовленный Малгожатой Вишневской, выйдет в издательстве Znak осенью."),
     ("Частину гонорару Вілсон передасть фонду «Повернись живим», повідомила директорка «Книжкового Арсеналу» Олена Гриценко.",
      "Wilson will donate part of his fee to the Come Back Alive foundation, said Olena Hrytsenko, director of the Book Arsenal.",
      "Часть гонорара Уилсон передаст фонду «Вернись живым», сообщила директор «Книжного Арсенала» Елена Гриценко.",
      {"brk": "uk en"}),
     ("За її словами, за перший тиждень продали 1" + NB + "800 примірників книжки.",
      "She said 1,800 copies had been sold in the first week.",
      "По ее словам, за первую неделю продано 1800 экземпляров книги.")],
]
SWAPS["wilson-book"] = [
    ({"Британський": "Канадський"}, {"British": "Canadian"}, {"Британский": "Канадский"}),
    ({"Гаррі Вілсон": "Гаррі Ватсон", "Вілсон": "Ватсон", "Вілсона": "Ватсона"}, {"Harry Wilson": "Harry Watson", "Wilson": "Watson"},
     {"Гарри Уилсон": "Гарри Уотсон", "Уилсон": "Уотсон", "Уилсона": "Уотсона"}),
    ({"Гаррі Вілсон": "Генрі Вілсон"}, {"Harry Wilson": "Henry Wilson"}, {"Гарри Уилсон": "Генри Уилсон"}),
    ({"Києві": "Львові"}, {"Kyiv": "Lviv"}, {"Киеве": "Львове"}),
    ({"Катерини": "Петра"}, {"Catherine": "Peter"}, {"Екатерины": "Петра"}),
    ({"«Книжковому Арсеналі»": "«Форумі видавців»", "«Книжкового Арсеналу»": "«Форуму видавців»"},
     {"Book Arsenal": "Lviv BookForum"},
     {"«Книжном Арсенале»": "«Форуме издателей»", "«Книжного Арсенала»": "«Форума издателей»"}),
    ({"Юлія Ковальчук": "Лілія Ковальчук"}, {"Yulia Kovalchuk": "Liliia Kovalchuk"}, {"Юлия Ковальчук": "Лилия Ковальчук"}),
    ({"«Видавництво Старого Лева»": "«Віват»"}, {"the Old Lion Publishing House": "Vivat"}, {"«Издательство Старого Льва»": "«Виват»"}),
    ({"Оксфордському": "Кембриджському"}, {"Oxford": "Cambridge"}, {"Оксфордском": "Кембриджском"}),
    ({"Стамбулі": "Анкарі"}, {"Istanbul": "Ankara"}, {"Стамбуле": "Анкаре"}),
    ({"Сімферополі": "Севастополі"}, {"Simferopol": "Sevastopol"}, {"Симферополе": "Севастополе"}),
    ({"кримських татар": "кримських караїмів"}, {"Crimean Tatars": "Crimean Karaites"}, {"крымских татар": "крымских караимов"}),
    ({"Томас Г’юз": "Томас Гейз", "Г’юз": "Гейз"}, {"Thomas Hughes": "Thomas Hayes", "Hughes": "Hayes"},
     {"Томас Хьюз": "Томас Хейз", "Хьюз": "Хейз"}),
    ({"Кембриджа": "Единбурга"}, {"Cambridge": "Edinburgh"}, {"Кембриджа": "Эдинбурга"}),
    ({"Премії Орвелла": "Букерівської премії"}, {"Orwell Prize": "Booker Prize"}, {"Премии Оруэлла": "Букеровской премии"}),
    ({"Дніпрі": "Запоріжжі"}, {"Dnipro": "Zaporizhzhia"}, {"Днепре": "Запорожье"}),
    ({"Львові": "Луцьку"}, {"Lviv": "Lutsk"}, {"во Львове": "в Луцке"}),
    ({"Варшавському книжковому ярмарку": "Краківському книжковому ярмарку"}, {"Warsaw Book Fair": "Kraków Book Fair"},
     {"Варшавской книжной ярмарке": "Краковской книжной ярмарке"}),
    ({"Польський": "Чеський"}, {"Polish": "Czech"}, {"Польский": "Чешский"}),
    ({"Малгожата Вишневська": "Агнєшка Вишневська"}, {"Małgorzata Wiśniewska": "Agnieszka Wiśniewska"},
     {"Малгожатой Вишневской": "Агнешкой Вишневской"}),
    ({"Znak": "Czarne"}, {"Znak": "Czarne"}, {"Znak": "Czarne"}),
    ({"«Повернись живим»": "Сергія Притули"}, {"Come Back Alive": "Serhiy Prytula"}, {"«Вернись живым»": "Сергея Притулы"}),
    ({"Олена Гриценко": "Олена Грищенко"}, {"Olena Hrytsenko": "Olena Hryshchenko"}, {"Елена Гриценко": "Елена Грищенко"}),
]

# --------------------------------------------------------------------------- 8
ARTICLES["izmail-contraband"] = [
    [("БЕБ вилучило в порту Ізмаїла контрабандні сигарети на 38 млн гривень",
      "Economic Security Bureau seizes UAH 38 million of contraband cigarettes at Izmail port",
      "БЭБ изъяло в порту Измаила контрабандные сигареты на 38 млн гривен")],
    [("Детективи Бюро економічної безпеки в четвер, 24 квітня, виявили 1,9 млн пачок сигарет у контейнерах на судні під прапором Молдови.",
      "Detectives from the Economic Security Bureau on Thursday, April 24, found 1.9 million packs of cigarettes in containers aboard a vessel flying the Moldovan flag.",
      "Детективы Бюро экономической безопасности в четверг, 24 апреля, обнаружили 1,9 млн пачек сигарет в контейнерах на судне под флагом Молдовы."),
     ("Судно прибуло до Ізмаїла з турецького порту Самсун, а в документах вантаж був задекларований як кахельна плитка.",
      "The ship arrived in Izmail from the Turkish port of Samsun, and the cargo had been declared as ceramic tiles.",
      "Судно прибыло в Измаил из турецкого порта Самсун, а в документах груз был задекларирован как кафельная плитка.")],
    [("Директор БЕБ Олександр Гордієнко повідомив, що сигарети мали переправити до Румунії та Польщі, де пачка коштує в кілька разів дорожче.",
      "ESBU Director Oleksandr Hordiienko said the cigarettes were to be smuggled on to Romania and Poland, where a pack costs several times more.",
      "Директор БЭБ Александр Гордиенко сообщил, что сигареты должны были переправить в Румынию и Польшу, где пачка стоит в несколько раз дороже."),
     ("За його даними, схему організував 46-річний громадянин Молдови, якого затримали в Одесі разом із двома спільниками.",
      "According to him, the scheme was run by a 46-year-old Moldovan citizen, who was detained in Odesa along with two accomplices.",
      "По его данным, схему организовал 46-летний гражданин Молдовы, которого задержали в Одессе вместе с двумя сообщниками."),
     ("Слідство встановило, що з початку року угруповання переправило щонайменше 14 подібних партій через порти Ізмаїла та Рені.",
      "Investigators established that the group had moved at least 14 similar shipments through the ports of Izmail and Reni since the start of the year.",
      "Следствие установило, что с начала года группировка переправила не менее 14 подобных партий через порты Измаила и Рени.",
      {"brk": "ru"})],
    [("Митниця та СБУ долучилися до розслідування, а Офіс генерального прокурора повідомив про підозру трьом митникам.",
      "The customs service and the SBU have joined the investigation, and the Prosecutor General's Office has charged three customs officers.",
      "Таможня и СБУ присоединились к расследованию, а Офис генпрокурора сообщил о подозрении трем таможенникам."),
     ("Серед них — заступник начальника Ізмаїльської митниці Руслан Бондар, якого відсторонили від посади.",
      "They include Ruslan Bondar, deputy head of the Izmail customs office, who has been suspended.",
      "Среди них — заместитель начальника Измаильской таможни Руслан Бондарь, которого отстранили от должности.")],
    [("Румунська прикордонна поліція паралельно затримала в порту Галаца вантажівку з 300 тис. пачок сигарет тієї ж марки.",
      "In parallel, Romanian border police stopped a truck carrying 300,000 packs of the same brand at the port of Galați.",
      "Румынская пограничная полиция параллельно задержала в порту Галаца грузовик с 300 тыс. пачек сигарет той же марки."),
     ("Гордієнко подякував колегам із Бухареста та Кишинева і заявив, що обмін даними з ними відтепер відбуватиметься щодня.",
      "Hordiienko thanked his colleagues in Bucharest and Chisinau and said data would now be exchanged with them daily.",
      "Гордиенко поблагодарил коллег из Бухареста и Кишинева и заявил, что обмен данными с ними отныне будет происходить ежедневно.")],
    [("Торік БЕБ вилучило контрабандних сигарет на 1,2 млрд гривень.",
      "Last year the bureau seized contraband cigarettes worth UAH 1.2 billion.",
      "В прошлом году БЭБ изъяло контрабандных сигарет на 1,2 млрд гривен.",
      {"join": "en"})],
]
SWAPS["izmail-contraband"] = [
    ({"БЕБ": "ДБР", "Бюро економічної безпеки": "Державного бюро розслідувань"},
     {"ESBU": "SBI", "Economic Security Bureau": "State Bureau of Investigation"},
     {"БЭБ": "ГБР", "Бюро экономической безопасности": "Государственного бюро расследований"}),
    ({"Ізмаїла": "Чорноморська"}, {"Izmail": "Chornomorsk"}, {"Измаила": "Черноморска", "Измаил": "Черноморск"}),
    ({"Молдови": "Грузії"}, {"Moldovan": "Georgian"}, {"Молдовы": "Грузии"}),
    ({"Самсун": "Трабзон"}, {"Samsun": "Trabzon"}, {"Самсун": "Трабзон"}),
    ({"турецького": "болгарського"}, {"Turkish": "Bulgarian"}, {"турецкого": "болгарского"}),
    ({"Олександр Гордієнко": "Олексій Гордієнко"}, {"Oleksandr Hordiienko": "Oleksiy Hordiienko"}, {"Александр Гордиенко": "Алексей Гордиенко"}),
    ({"Гордієнко": "Гордійчук"}, {"Hordiienko": "Hordiichuk"}, {"Гордиенко": "Гордийчук"}),
    ({"Польщі": "Угорщини"}, {"Poland": "Hungary"}, {"Польшу": "Венгрию"}),
    ({"Одесі": "Рені"}, {"Odesa": "Reni"}, {"Одессе": "Рени"}),
    ({"СБУ": "Нацполіція"}, {"SBU": "National Police"}, {"СБУ": "Нацполиция"}),
    ({"Офіс генерального прокурора": "САП"}, {"Prosecutor General's Office": "SAPO"}, {"Офис генпрокурора": "САП"}),
    ({"Руслан Бондар": "Роман Бондар"}, {"Ruslan Bondar": "Roman Bondar"}, {"Руслан Бондарь": "Роман Бондарь"}),
    ({"Румунська": "Болгарська"}, {"Romanian": "Bulgarian"}, {"Румынская": "Болгарская"}),
    ({"Галаца": "Констанци"}, {"Galați": "Constanța"}, {"Галаца": "Констанцы"}),
    ({"Кишинева": "Тбілісі"}, {"Chisinau": "Tbilisi"}, {"Кишинева": "Тбилиси"}),
    ({"Бухареста": "Софії"}, {"Bucharest": "Sofia"}, {"Бухареста": "Софии"}),
]

# --------------------------------------------------------------------------- 9
ARTICLES["imf-review"] = [
    [("МВФ завершив перегляд програми для України, відкривши шлях до траншу в 900 млн доларів",
      "IMF completes Ukraine programme review, paving way for $900 million tranche",
      "МВФ завершил пересмотр программы для Украины, открыв путь к траншу в 900 млн долларов")],
    [("Місія Міжнародного валютного фонду на чолі з Луїсом Фернандесом завершила роботу у Варшаві в п’ятницю, 28 листопада.",
      "An International Monetary Fund mission led by Luis Fernández wrapped up its work in Warsaw on Friday, November 28.",
      "Миссия Международного валютного фонда во главе с Луисом Фернандесом завершила работу в Варшаве в пятницу, 28 ноября."),
     ("Сторони досягли угоди на рівні персоналу щодо сьомого перегляду програми розширеного фінансування обсягом 15,5 млрд доларів.",
      "The two sides reached a staff-level agreement on the seventh review of the $15.5 billion Extended Fund Facility.",
      "Стороны достигли соглашения на уровне персонала по седьмому пересмотру программы расширенного финансирования объемом 15,5 млрд долларов."),
     ("Після схвалення радою директорів МВФ Україна отримає близько 900 млн доларів.",
      "Once the IMF Executive Board approves it, Ukraine will receive about $900 million.",
      "После одобрения советом директоров МВФ Украина получит около 900 млн долларов.")],
    [("Фернандес заявив, що українська економіка цього року зросте на 2,5 %, а інфляція до кінця року сповільниться до 9 %.",
      "Fernández said Ukraine's economy would grow by 2.5% this year and inflation would slow to 9% by year-end.",
      "Фернандес заявил, что украинская экономика в этом году вырастет на 2,5%, а инфляция к концу года замедлится до 9%."),
     ("Водночас він закликав уряд розширити податкову базу, зокрема скасувати пільги для ФОПів третьої групи.",
      "At the same time, he urged the government to broaden the tax base, including by scrapping breaks for sole proprietors in the so-called third group.",
      "В то же время он призвал правительство расширить налоговую базу. В частности, речь идет об отмене льгот для ФЛП третьей группы.")],
    [("Міністр фінансів Ярослав Кравець запевнив, що Мінфін подасть відповідні законопроєкти до Верховної Ради до 15 грудня.",
      "Finance Minister Yaroslav Kravets said the finance ministry would submit the relevant bills to the Verkhovna Rada by December 15.",
      "Министр финансов Ярослав Кравец заверил, что Минфин внесет соответствующие законопроекты в Верховную Раду до 15 декабря."),
     ("Голова НБУ Дмитро Карпенко повідомив, що міжнародні резерви на 1 листопада становили 46,7 млрд доларів — історичний максимум.",
      "National Bank Governor Dmytro Karpenko said international reserves stood at a record $46.7 billion as of November 1.",
      "Глава НБУ Дмитрий Карпенко сообщил, что международные резервы на 1 ноября составляли 46,7 млрд долларов — исторический максимум.",
      {"brk": "en"})],
    [("За даними Bloomberg, паралельно ЄС і Японія готують нові кредити на загальну суму 6 млрд доларів.",
      "In parallel, the EU and Japan are preparing new loans totalling $6 billion, Bloomberg reported.",
      "По данным Bloomberg, параллельно ЕС и Япония готовят новые кредиты на общую сумму 6 млрд долларов.")],
    [("Рада директорів МВФ має розглянути перегляд у середині січня, а наступна місія прибуде до Києва в березні.",
      "The IMF board is expected to consider the review in mid-January, and the next mission will come to Kyiv in March.",
      "Совет директоров МВФ должен рассмотреть пересмотр в середине января, а следующая миссия прибудет в Киев в марте.",
      {"join": "uk"})],
]
SWAPS["imf-review"] = [
    ({"МВФ": "ЄБРР"}, {"IMF": "EBRD"}, {"МВФ": "ЕБРР"}),
    ({"Міжнародного валютного фонду": "Світового банку"}, {"International Monetary Fund": "World Bank"},
     {"Международного валютного фонда": "Всемирного банка"}),
    ({"Луїсом Фернандесом": "Луїсом Ернандесом", "Фернандес": "Ернандес"}, {"Luis Fernández": "Luis Hernández", "Fernández": "Hernández"},
     {"Луисом Фернандесом": "Луисом Эрнандесом", "Фернандес": "Эрнандес"}),
    ({"Варшаві": "Відні"}, {"Warsaw": "Vienna"}, {"Варшаве": "Вене"}),
    ({"Японія": "Канада"}, {"Japan": "Canada"}, {"Япония": "Канада"}),
    ({"ЄС": "Британія"}, {"EU": "UK"}, {"ЕС": "Британия"}),
    ({"Bloomberg": "Reuters"}, {"Bloomberg": "Reuters"}, {"Bloomberg": "Reuters"}),
    ({"Ярослав Кравець": "Станіслав Кравець"}, {"Yaroslav Kravets": "Stanislav Kravets"}, {"Ярослав Кравец": "Станислав Кравец"}),
    ({"Мінфін": "Мінекономіки"}, {"finance ministry": "economy ministry"}, {"Минфин": "Минэкономики"}),
    ({"Верховної Ради": "Кабміну"}, {"Verkhovna Rada": "Cabinet"}, {"Верховную Раду": "Кабмин"}),
    ({"Дмитро Карпенко": "Дмитро Кириленко"}, {"Dmytro Karpenko": "Dmytro Kyrylenko"}, {"Дмитрий Карпенко": "Дмитрий Кириленко"}),
    ({"Києва": "Львова"}, {"Kyiv": "Lviv"}, {"Киев": "Львов"}),
]

# --------------------------------------------------------------------------- 10
ARTICLES["polish-border"] = [
    [("Польські фермери знову заблокували три пункти пропуску на кордоні з Україною",
      "Polish farmers again block three crossings on Ukrainian border",
      "Польские фермеры снова заблокировали три пункта пропуска на границе с Украиной")],
    [("Протестувальники в суботу, 7 лютого, перекрили рух вантажівок у напрямку пунктів пропуску Ягодин — Дорогуськ, Рава-Руська — Гребенне та Краковець — Корчова.",
      "On Saturday, February 7, protesters stopped trucks from reaching the Yahodyn–Dorohusk, Rava-Ruska–Hrebenne and Krakovets–Korczowa crossings.",
      "Протестующие в субботу, 7 февраля, перекрыли движение грузовиков в направлении пунктов пропуска Ягодин — Дорогуск, Рава-Русская — Гребенне и Краковец — Корчова."),
     ("За даними Державної прикордонної служби, у черзі на польському боці стоять понад 2" + NB + "100 вантажівок.",
      "According to Ukraine's State Border Guard Service, more than 2,100 trucks are queuing on the Polish side.",
      "По данным Государственной пограничной службы, в очереди на польской стороне стоят более 2100 грузовиков."),
     ("Речник ДПСУ Олег Ткачук сказав, що пасажирський транспорт і гуманітарні вантажі фермери пропускають.",
      "Border guard spokesman Oleh Tkachuk said the farmers were letting through passenger vehicles and humanitarian cargo.",
      "Спикер ГПСУ Олег Ткачук сказал, что пассажирский транспорт и гуманитарные грузы фермеры пропускают.",
      {"brk": "uk"})],
    [("Організатор акції, лідер руху «Оборона села» Томаш Новак, вимагає від уряду у Варшаві заборонити імпорт українського цукру та малини.",
      "The protest organiser, Tomasz Nowak, leader of the Obrona Wsi movement, is demanding that the government in Warsaw ban imports of Ukrainian sugar and raspberries.",
      "Организатор акции, лидер движения «Оборона деревни» Томаш Новак, требует от правительства в Варшаве запретить импорт украинского сахара и малины."),
     ("Новак заявив, що блокада триватиме щонайменше до 28 лютого.",
      "Nowak said the blockade would last at least until February 28.",
      "Новак заявил, что блокада продлится как минимум до 28 февраля.")],
    [("Міністр сільського господарства Польщі Станіслав Ковальчик назвав вимоги частково обґрунтованими, але нагадав, що торговельну політику визначає Брюссель.",
      "Polish Agriculture Minister Stanisław Kowalczyk called the demands partly justified but noted that trade policy is set in Brussels.",
      "Министр сельского хозяйства Польши Станислав Ковальчик назвал требования частично обоснованными, но напомнил, что торговую политику определяет Брюссель."),
     ("Український міністр аграрної політики Михайло Тарасюк запропонував провести зустріч у Любліні вже наступного тижня.",
      "Ukraine's Agrarian Policy Minister Mykhailo Tarasiuk proposed meeting in Lublin as early as next week.",
      "Украинский министр аграрной политики Михаил Тарасюк предложил провести встречу в Люблине уже на следующей неделе.")],
    [("Торік Україна експортувала до Польщі агропродукції на 1,4 млрд доларів, а імпортувала — на 2,1 млрд доларів.",
      "Last year Ukraine exported $1.4 billion worth of agricultural products to Poland and imported $2.1 billion worth.",
      "В прошлом году Украина экспортировала в Польшу агропродукции на 1,4 млрд долларов, а импортировала — на 2,1 млрд долларов."),
     ("Єврокомісія в коментарі Reuters заявила, що стежить за ситуацією та очікує від обох сторін діалогу.",
      "The European Commission told Reuters it was monitoring the situation and expected dialogue from both sides.",
      "Еврокомиссия в комментарии Reuters заявила, что следит за ситуацией и ожидает от обеих сторон диалога."),
     ("Попередня блокада кордону восени 2023 року тривала майже три місяці й завдала українським перевізникам збитків на 400 млн євро.",
      "The previous border blockade, in the autumn of 2023, lasted nearly three months and cost Ukrainian hauliers €400 million.",
      "Предыдущая блокада границы осенью 2023 года длилась почти три месяца и нанесла украинским перевозчикам убытки на 400 млн евро.",
      {"brk": "ru"})],
]
SWAPS["polish-border"] = [
    ({"Польські": "Угорські", "польському": "угорському"}, {"Polish farmers": "Hungarian farmers", "Polish side": "Hungarian side"},
     {"Польские": "Венгерские", "польской": "венгерской"}),
    ({"Рава-Руська — Гребенне": "Шегині — Медика"}, {"Rava-Ruska–Hrebenne": "Shehyni–Medyka"}, {"Рава-Русская — Гребенне": "Шегини — Медика"}),
    ({"Ягодин — Дорогуськ": "Устилуг — Зосин"}, {"Yahodyn–Dorohusk": "Ustyluh–Zosin"}, {"Ягодин — Дорогуск": "Устилуг — Зосин"}),
    ({"Державної прикордонної служби": "Державної митної служби"}, {"State Border Guard Service": "State Customs Service"},
     {"Государственной пограничной службы": "Государственной таможенной службы"}),
    ({"ДПСУ": "ДМСУ"}, {"Border guard spokesman": "Customs spokesman"}, {"ГПСУ": "ГТСУ"}),
    ({"Олег Ткачук": "Олег Ткаченко"}, {"Oleh Tkachuk": "Oleh Tkachenko"}, {"Олег Ткачук": "Олег Ткаченко"}),
    ({"Томаш Новак": "Кшиштоф Новак"}, {"Tomasz Nowak": "Krzysztof Nowak"}, {"Томаш Новак": "Кшиштоф Новак"}),
    ({"Новак": "Новицький"}, {"Nowak": "Nowicki"}, {"Новак": "Новицкий"}),
    ({"Варшаві": "Кракові"}, {"Warsaw": "Kraków"}, {"Варшаве": "Кракове"}),
    ({"Польщі": "Чехії"}, {"Polish Agriculture Minister": "Czech Agriculture Minister"}, {"Польши": "Чехии"}),
    ({"Станіслав Ковальчик": "Станіслав Ковальський"}, {"Stanisław Kowalczyk": "Stanisław Kowalski"},
     {"Станислав Ковальчик": "Станислав Ковальский"}),
    ({"Брюссель": "Страсбург"}, {"Brussels": "Strasbourg"}, {"Брюссель": "Страсбург"}),
    ({"Михайло Тарасюк": "Максим Тарасюк"}, {"Mykhailo Tarasiuk": "Maksym Tarasiuk"}, {"Михаил Тарасюк": "Максим Тарасюк"}),
    ({"Любліні": "Жешуві"}, {"Lublin": "Rzeszów"}, {"Люблине": "Жешуве"}),
    ({"Польщі": "Румунії"}, {"Poland": "Romania"}, {"Польшу": "Румынию"}),
    ({"Reuters": "Politico"}, {"Reuters": "Politico"}, {"Reuters": "Politico"}),
]

# --------------------------------------------------------------------------- 11
ARTICLES["san-sebastian-film"] = [
    [("Фільм Ірини Стецюк «Солоний вітер» отримав «Золоту мушлю» в Сан-Себастьяні",
      "Iryna Stetsiuk's \"Salt Wind\" wins Golden Shell at San Sebastián",
      "Фильм Ирины Стецюк «Соленый ветер» получил «Золотую раковину» в Сан-Себастьяне")],
    [("Українська драма «Солоний вітер» режисерки Ірини Стецюк у суботу, 27 вересня, отримала головну нагороду 73-го кінофестивалю в Сан-Себастьяні.",
      "The Ukrainian drama \"Salt Wind\", directed by Iryna Stetsiuk, won the top prize at the 73rd San Sebastián Film Festival on Saturday, September 27.",
      "Украинская драма «Соленый ветер» режиссера Ирины Стецюк в субботу, 27 сентября, получила главную награду 73-го кинофестиваля в Сан-Себастьяне."),
     ("Фільм розповідає про родину рибалок з Вилкового на Дунаї, яка у 2022 році опиняється між евакуацією та обов’язком залишитися.",
      "The film follows a family of fishermen from Vylkove on the Danube who in 2022 are torn between evacuating and staying.",
      "Фильм рассказывает о семье рыбаков из Вилково на Дунае, которая в 2022 году оказывается между эвакуацией и долгом остаться.")],
    [("Голова журі, іспанська акторка Пілар Мартін, назвала стрічку «тихою, але нищівною».",
      "The jury president, Spanish actress Pilar Martín, called the film \"quiet but devastating\".",
      "Председатель жюри, испанская актриса Пилар Мартин, назвала картину «тихой, но сокрушительной»."),
     ("Приз за найкращу чоловічу роль отримав Олег Гнатів, який зіграв у фільмі старого рибалку Федора.",
      "Oleh Hnativ, who plays the old fisherman Fedir, won the award for best actor.",
      "Приз за лучшую мужскую роль получил Олег Гнатив, сыгравший в фильме старого рыбака Федора.",
      {"brk": "ru"}),
     ("Стецюк присвятила нагороду своєму операторові Андрієві Лисенку, який загинув на фронті під Покровськом у березні.",
      "Stetsiuk dedicated the award to her cinematographer Andriy Lysenko, who was killed at the front near Pokrovsk in March.",
      "Стецюк посвятила награду своему оператору Андрею Лысенко, погибшему на фронте под Покровском в марте.")],
    [("Фільм знято в копродукції України, Польщі та Грузії за підтримки Держкіно та Українського культурного фонду.",
      "The film is a co-production between Ukraine, Poland and Georgia, supported by the State Film Agency and the Ukrainian Cultural Foundation.",
      "Фильм снят в копродукции Украины, Польши и Грузии при поддержке Госкино и Украинского культурного фонда."),
     ("Права на показ у Європі вже придбала німецька компанія Beta Cinema, а у США — стримінговий сервіс MUBI.",
      "European rights have already been acquired by Germany's Beta Cinema, and US rights by the streaming service MUBI.",
      "Права на показ в Европе уже приобрела немецкая компания Beta Cinema, а в США — стриминговый сервис MUBI.")],
    [("В український прокат стрічка вийде 6 листопада, а кияни зможуть побачити її раніше — у жовтні на кінофестивалі «Молодість» у кінотеатрі «Жовтень».",
      "The film will be released in Ukrainian cinemas on November 6, but Kyiv audiences can see it earlier, in October, at the Molodist film festival at the Zhovten cinema.",
      "В украинский прокат картина выйдет 6 ноября, а киевляне смогут увидеть ее раньше — в октябре на кинофестивале «Молодость» в кинотеатре «Жовтень».")],
    [("Приз за найкращий сценарій дістався південнокорейському режисерові Чхве Мін Хо за фільм «Острів Чеджу».",
      "The best screenplay award went to South Korean director Choi Min-ho for \"Jeju Island\".",
      "Приз за лучший сценарий достался южнокорейскому режиссеру Чхве Мин Хо за фильм «Остров Чеджу».",
      {"join": "en"})],
]
SWAPS["san-sebastian-film"] = [
    ({"Ірини Стецюк": "Олени Стецюк"}, {"Iryna Stetsiuk": "Olena Stetsiuk"}, {"Ирины Стецюк": "Елены Стецюк"}),
    ({"Стецюк": "Стасюк"}, {"Stetsiuk": "Stasiuk"}, {"Стецюк": "Стасюк"}),
    ({"«Солоний вітер»": "«Солона вода»"}, {"Salt Wind": "Salt Water"}, {"«Соленый ветер»": "«Соленая вода»"}),
    ({"«Золоту мушлю»": "«Срібну мушлю»"}, {"Golden Shell": "Silver Shell"}, {"«Золотую раковину»": "«Серебряную раковину»"}),
    ({"Сан-Себастьяні": "Венеції"}, {"San Sebastián": "Venice"}, {"Сан-Себастьяне": "Венеции"}),
    ({"Вилкового": "Ізмаїла"}, {"Vylkove": "Izmail"}, {"Вилково": "Измаила"}),
    ({"Дунаї": "Дністрі"}, {"Danube": "Dniester"}, {"Дунае": "Днестре"}),
    ({"іспанська": "португальська"}, {"Spanish": "Portuguese"}, {"испанская": "португальская"}),
    ({"Пілар Мартін": "Пілар Мартінес"}, {"Pilar Martín": "Pilar Martínez"}, {"Пилар Мартин": "Пилар Мартинес"}),
    ({"Олег Гнатів": "Остап Гнатів"}, {"Oleh Hnativ": "Ostap Hnativ"}, {"Олег Гнатив": "Остап Гнатив"}),
    ({"Федора": "Петра"}, {"Fedir": "Petro"}, {"Федора": "Петра"}),
    ({"Андрієві Лисенку": "Андрієві Литвиненку"}, {"Andriy Lysenko": "Andriy Lytvynenko"}, {"Андрею Лысенко": "Андрею Литвиненко"}),
    ({"Покровськом": "Костянтинівкою"}, {"Pokrovsk": "Kostiantynivka"}, {"Покровском": "Константиновкой"}),
    ({"Грузії": "Литви"}, {"Georgia": "Lithuania"}, {"Грузии": "Литвы"}),
    ({"Держкіно": "Мінкульту"}, {"State Film Agency": "Culture Ministry"}, {"Госкино": "Минкульта"}),
    ({"німецька": "французька"}, {"Germany's": "France's"}, {"немецкая": "французская"}),
    ({"MUBI": "Netflix"}, {"MUBI": "Netflix"}, {"MUBI": "Netflix"}),
    ({"«Жовтень»": "«Київ»"}, {"Zhovten": "Kyiv"}, {"«Жовтень»": "«Киев»"}),
    ({"південнокорейському": "японському"}, {"South Korean": "Japanese"}, {"южнокорейскому": "японскому"}),
    ({"Чхве Мін Хо": "Чхве Сон Хо"}, {"Choi Min-ho": "Choi Seong-ho"}, {"Чхве Мин Хо": "Чхве Сон Хо"}),
]

# --------------------------------------------------------------------------- 12
ARTICLES["starlink-schools"] = [
    [("Польща передасть Україні ще 5 тис. терміналів Starlink для прифронтових громад",
      "Poland to give Ukraine another 5,000 Starlink terminals for front-line communities",
      "Польша передаст Украине еще 5 тыс. терминалов Starlink для прифронтовых общин")],
    [("Відповідну угоду у вівторок, 14 жовтня, підписали у Варшаві віцепрем’єрка з інновацій Юлія Гребенюк і міністр цифрових справ Польщі Томаш Зелінський.",
      "The agreement was signed in Warsaw on Tuesday, October 14, by Deputy Prime Minister for Innovation Yulia Hrebeniuk and Polish Digital Affairs Minister Tomasz Zieliński.",
      "Соответствующее соглашение во вторник, 14 октября, подписали в Варшаве вице-премьер по инновациям Юлия Гребенюк и министр цифровых дел Польши Томаш Зелинский."),
     ("Вартість терміналів і річної абонплати становить близько 22 млн злотих, або 5,2 млн євро.",
      "The terminals and a year's subscription cost about 22 million zlotys, or €5.2 million.",
      "Стоимость терминалов и годовой абонплаты составляет около 22 млн злотых, или 5,2 млн евро.")],
    [("За словами Гребенюк, термінали отримають школи, лікарні та центри надання адмінпослуг у Харківській, Сумській і Чернігівській областях.",
      "Hrebeniuk said the terminals would go to schools, hospitals and administrative service centres in the Kharkiv, Sumy and Chernihiv regions.",
      "По словам Гребенюк, терминалы получат школы, больницы и центры предоставления админуслуг в Харьковской, Сумской и Черниговской областях."),
     ("Першу партію з 800 терміналів доставлять до Куп’янська та Ізюма вже наступного тижня.",
      "The first batch of 800 terminals will be delivered to Kupiansk and Izium as early as next week.",
      "Первую партию из 800 терминалов доставят в Купянск и Изюм уже на следующей неделе."),
     ("Зелінський нагадав, що з 2022 року Польща передала Україні понад 30 тис. терміналів Starlink, більшість із яких використовують ЗСУ.",
      "Zieliński noted that Poland had given Ukraine more than 30,000 Starlink terminals since 2022, most of them used by the armed forces.",
      "Зелинский напомнил, что с 2022 года Польша передала Украине более 30 тыс. терминалов Starlink, большинство из которых используют ВСУ.",
      {"brk": "en"})],
    [("Оператор мережі, компанія SpaceX Ілона Маска, погодився знизити для громад тариф до 50 доларів на місяць.",
      "SpaceX, Elon Musk's company that operates the network, agreed to cut the fee for communities to $50 a month.",
      "Оператор сети, компания SpaceX Илона Маска, согласился снизить для общин тариф до 50 долларов в месяц."),
     ("Як альтернативу уряд також тестує супутниковий інтернет від європейської компанії Eutelsat OneWeb: перші 300 терміналів уже працюють на Запоріжжі.",
      "As an alternative, the government is also testing satellite internet from Europe's Eutelsat OneWeb, and the first 300 terminals are already working in the Zaporizhzhia region.",
      "В качестве альтернативы правительство также тестирует спутниковый интернет от европейской компании Eutelsat OneWeb: первые 300 терминалов уже работают в Запорожской области.")],
    [("Фінансування програми частково забезпечили Литва та Естонія, які раніше вже виділяли кошти на термінали для українських енергетиків.",
      "The programme is partly funded by Lithuania and Estonia, which have previously paid for terminals for Ukrainian energy workers.",
      "Финансирование программы частично обеспечили Литва и Эстония, которые ранее уже выделяли средства на терминалы для украинских энергетиков."),
     ("Мінцифри планує до кінця року підписати подібну угоду з Латвією.",
      "The digital transformation ministry plans to sign a similar agreement with Latvia by the end of the year.",
      "Минцифры планирует до конца года подписать подобное соглашение с Латвией."),
     ("У Сумській ОВА повідомили, що близько 120 шкіл області досі не мають стабільного зв’язку через постійні обстріли.",
      "The Sumy regional military administration said about 120 schools in the region still lack a stable connection because of constant shelling.",
      "В Сумской ОВА сообщили, что около 120 школ области до сих пор не имеют стабильной связи из-за постоянных обстрелов.",
      {"brk": "uk en ru"})],
]
SWAPS["starlink-schools"] = [
    ({"Польща": "Чехія"}, {"Poland": "Czechia"}, {"Польша": "Чехия"}),
    ({"Starlink": "OneWeb"}, {"Starlink": "OneWeb"}, {"Starlink": "OneWeb"}),
    ({"Варшаві": "Гданську"}, {"Warsaw": "Gdańsk"}, {"Варшаве": "Гданьске"}),
    ({"Юлія Гребенюк": "Ольга Гребенюк"}, {"Yulia Hrebeniuk": "Olha Hrebeniuk"}, {"Юлия Гребенюк": "Ольга Гребенюк"}),
    ({"Гребенюк": "Грищук"}, {"Hrebeniuk": "Hryshchuk"}, {"Гребенюк": "Грищук"}),
    ({"Томаш Зелінський": "Томаш Залеський", "Зелінський": "Залеський"}, {"Tomasz Zieliński": "Tomasz Zaleski", "Zieliński": "Zaleski"},
     {"Томаш Зелинский": "Томаш Залесский", "Зелинский": "Залесский"}),
    ({"Польщі": "Литви"}, {"Polish Digital": "Lithuanian Digital"}, {"Польши": "Литвы"}),
    ({"Чернігівській": "Полтавській"}, {"Chernihiv": "Poltava"}, {"Черниговской": "Полтавской"}),
    ({"Куп’янська": "Балаклії"}, {"Kupiansk": "Balakliia"}, {"Купянск": "Балаклею"}),
    ({"ЗСУ": "НГУ"}, {"armed forces": "National Guard"}, {"ВСУ": "НГУ"}),
    ({"Ілона Маска": "Джеффа Безоса"}, {"Elon Musk": "Jeff Bezos"}, {"Илона Маска": "Джеффа Безоса"}),
    ({"Запоріжжі": "Дніпропетровщині"}, {"Zaporizhzhia": "Dnipropetrovsk"}, {"Запорожской": "Днепропетровской"}),
    ({"Естонія": "Фінляндія"}, {"Estonia": "Finland"}, {"Эстония": "Финляндия"}),
    ({"Латвією": "Литвою"}, {"Latvia": "Lithuania"}, {"Латвией": "Литвой"}),
    ({"Мінцифри": "Мінекономіки"}, {"digital transformation ministry": "economy ministry"}, {"Минцифры": "Минэкономики"}),
    ({"Сумській": "Харківській"}, {"Sumy": "Kharkiv"}, {"Сумской": "Харьковской"}),
]


# =========================================================================== generator
import json
import os
import random
import re
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
EDS = ("uk", "en", "ru")
SEED = 20251126
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


def entity_mutations(ed, line, sents, swaps):
    """Swaps of a name that the sentence names in all three editions."""
    muts = []
    for entry in swaps:
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


# names focus: entity swaps are drawn twice as often as in the first held-out set
KIND_DECK = ["number"] * 2 + ["date"] * 2 + ["entity"] * 6 + ["omission"] * 2 + ["language"] * 2


def inject(name, sents, rng, deck, ed_decks, headline_left):
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
        cands = []
        for ln in sents:
            if ln in used or (ln == 1 and (not headline_left[0] or kind == "omission")):
                continue
            t = texts[ed][ln]
            if kind == "number":
                cands += [(ln, m) for m in number_mutations(ed, t, rng)]
            elif kind == "date":
                cands += [(ln, m) for m in date_mutations(ed, t, rng)]
            elif kind == "entity":
                cands += [(ln, m) for m in entity_mutations(ed, ln, sents, SWAPS[name])]
            elif kind == "omission":
                cands.append((ln, None))
            else:
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
    index, gold_rows, deck, ed_decks = {}, [], [], {}
    for name in sorted(ARTICLES):
        sents, layout = flatten(ARTICLES[name])
        assert 8 <= len(sents) <= 16, name
        headline_left = [True]
        versions = [("clean", {ed: {ln: sents[ln][ed] for ln in sents} for ed in EDS}, [])]
        for v in ("inj1", "inj2"):
            texts, gold = inject(name, sents, rng, deck, ed_decks, headline_left)
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
