"""Generator of the i18ncheck held-out set: `python3 benchmarks/heldout/make.py` rewrites cases/,
gold.jsonl and index.json next to this file (deterministic: fixed seed).

The articles below were written for this set, independently of the dev benchmark.

Every article is a list of paragraphs; every paragraph a list of gold sentences; every gold
sentence a tuple (uk, en, ru[, layout]). A gold sentence is one unit of meaning: where a
translator split it into two sentences, both halves sit in the same string. The optional
layout dict moves paragraph breaks in some editions only:
  {"brk": "ru"}   in ru, start a new paragraph at this sentence (it is mid-paragraph elsewhere)
  {"join": "uk"}  in uk, this sentence (first of its paragraph) continues the previous paragraph
SWAPS lists, per article, real same-kind replacements for names, in the grammatical form in
which each name appears in the text (used only by make.py to inject entity errors).
The stories are synthetic news written for testing; they are not factual reports.
"""

NB = "\u00a0"  # no-break space, as many newsrooms type it inside numbers

ARTICLES = {}
SWAPS = {}

# --------------------------------------------------------------------------- 1
ARTICLES["budget-2026"] = [
    [("Верховна Рада ухвалила держбюджет-2026 з рекордними видатками на оборону",
      "Verkhovna Rada passes 2026 budget with record defence spending",
      "Верховная Рада приняла госбюджет-2026 с рекордными расходами на оборону")],
    [("Верховна Рада у четвер, 4 грудня, ухвалила в другому читанні державний бюджет на 2026 рік.",
      "The Verkhovna Rada on Thursday, December 4, passed the 2026 state budget in its second reading.",
      "Верховная Рада в четверг, 4 декабря, приняла во втором чтении государственный бюджет на 2026 год."),
     ("За документ проголосували 257 народних депутатів, що на 31 голос більше за необхідний мінімум.",
      "The bill was backed by 257 lawmakers, 31 more than the minimum required.",
      "За документ проголосовали 257 народных депутатов, что на 31 голос больше необходимого минимума.")],
    [("Доходи бюджету заплановано на рівні 2,83 трлн гривень, а видатки — 4,78 трлн гривень.",
      "Revenues are projected at UAH 2.83 trillion and expenditures at UAH 4.78 trillion.",
      "Доходы бюджета запланированы на уровне 2,83 трлн гривен, а расходы — 4,78 трлн гривен."),
     ("Дефіцит становитиме 18,4 % ВВП, або близько 1,95 трлн гривень.",
      "The deficit will reach 18.4% of GDP, or about UAH 1.95 trillion.",
      "Дефицит составит 18,4% ВВП, или около 1,95 трлн гривен."),
     ("На безпеку та оборону передбачено майже 2,8 трлн гривень, або 26,4 % ВВП. Про це повідомив депутатам міністр фінансів Сергій Марченко.",
      "Almost UAH 2.8 trillion, or 26.4% of GDP, is earmarked for security and defence, Finance Minister Serhiy Marchenko told lawmakers.",
      "На безопасность и оборону предусмотрено почти 2,8 трлн гривен, или 26,4% ВВП, сообщил депутатам министр финансов Сергей Марченко.",
      {"brk": "ru"})],
    [("Понад 1,2 трлн гривень спрямують на грошове забезпечення військових, зокрема ЗСУ та Нацгвардії.",
      "More than UAH 1.2 trillion will go to military pay, including for the AFU and the National Guard.",
      "Более 1,2 трлн гривен направят на денежное довольствие военных, в частности ВСУ и Нацгвардии."),
     ("Мінімальну зарплату з 1 січня 2026 року підвищать до 8" + NB + "647 гривень.",
      "The minimum wage will rise to UAH 8,647 from January 1, 2026.",
      "Минимальную зарплату с 1 января 2026 года повысят до 8647 гривен.")],
    [("Прем’єр-міністерка Юлія Свириденко назвала бюджет «бюджетом стійкості» і закликала партнерів не скорочувати підтримку.",
      "Prime Minister Yulia Svyrydenko called it a \"resilience budget\" and urged partners not to scale back their support.",
      "Премьер-министр Юлия Свириденко назвала бюджет «бюджетом устойчивости» и призвала партнеров не сокращать поддержку."),
     ("Фракція «Європейська солідарність» голосувала проти, заявивши, що видатки на освіту й медицину недофінансовані.",
      "The European Solidarity faction voted against, arguing that education and healthcare were underfunded.",
      "Фракция «Европейская солидарность» голосовала против, заявив, что расходы на образование и медицину недофинансированы.")],
    [("Закон має підписати президент Володимир Зеленський, після чого він набуде чинності 1 січня.",
      "The law now needs the president's signature and will take effect on January 1.",
      "Закон должен подписать президент Владимир Зеленский, после чего он вступит в силу 1 января.",
      {"join": "uk"})],
]
SWAPS["budget-2026"] = [
    ({"Сергій Марченко": "Олексій Соболев"}, {"Serhiy Marchenko": "Oleksiy Sobolev"}, {"Сергей Марченко": "Алексей Соболев"}),
    ({"Юлія Свириденко": "Ольга Стефанішина"}, {"Yulia Svyrydenko": "Olha Stefanishyna"}, {"Юлия Свириденко": "Ольга Стефанишина"}),
    ({"«Європейська солідарність»": "«Батьківщина»"}, {"European Solidarity": "Batkivshchyna"}, {"«Европейская солидарность»": "«Батькивщина»"}),
    ({"ЗСУ": "ДПСУ"}, {"AFU": "SBGS"}, {"ВСУ": "ГПСУ"}),
]

# --------------------------------------------------------------------------- 2
ARTICLES["eu-tranche"] = [
    [("ЄС перерахував Україні 4,1 млрд євро в межах програми Ukraine Facility",
      "EU disburses €4.1 billion to Ukraine under the Ukraine Facility",
      "ЕС перечислил Украине 4,1 млрд евро в рамках программы Ukraine Facility")],
    [("Європейська комісія у вівторок, 15 квітня, перерахувала Україні 4,1 млрд євро — третій транш програми Ukraine Facility.",
      "The European Commission on Tuesday, April 15, transferred €4.1 billion to Ukraine, the third tranche of the Ukraine Facility.",
      "Европейская комиссия во вторник, 15 апреля, перечислила Украине 4,1 млрд евро — третий транш программы Ukraine Facility."),
     ("Загальний обсяг програми на 2024–2027 роки становить 50 млрд євро.",
      "The programme is worth a total of €50 billion for 2024–2027.",
      "Общий объем программы на 2024–2027 годы составляет 50 млрд евро.")],
    [("Президентка Єврокомісії Урсула фон дер Ляєн заявила, що Київ виконав 13 із 15 реформ, передбачених для цього траншу.",
      "European Commission President Ursula von der Leyen said Kyiv had completed 13 of the 15 reforms required for this tranche.",
      "Председатель Еврокомиссии Урсула фон дер Ляйен заявила, что Киев выполнил 13 из 15 реформ, предусмотренных для этого транша."),
     ("Дві реформи, що залишилися, — митну та щодо Бюро економічної безпеки — уряд обіцяє завершити до кінця червня.",
      "The government has promised to complete the remaining two, on customs and the Economic Security Bureau, by the end of June.",
      "Оставшиеся две реформы — таможенную и касающуюся Бюро экономической безопасности — правительство обещает завершить до конца июня."),
     ("Кошти підуть на підтримку бюджету, зокрема на виплату пенсій і зарплат учителям та лікарям.",
      "The money will support the budget, including pensions and the salaries of teachers and doctors.",
      "Средства пойдут на поддержку бюджета, в частности на выплату пенсий и зарплат учителям и врачам.",
      {"brk": "uk"})],
    [("Крім того, голова дипломатії ЄС Кая Каллас заявила в середу, що країни-члени погодили 17-й пакет санкцій проти Росії, спрямований проти майже 200 танкерів тіньового флоту.",
      "Separately, EU foreign policy chief Kaja Kallas said on Wednesday that member states had agreed a 17th package of sanctions against Russia, targeting nearly 200 shadow fleet tankers.",
      "Кроме того, глава дипломатии ЕС Кая Каллас заявила в среду, что страны-члены согласовали 17-й пакет санкций против России. Он направлен против почти 200 танкеров теневого флота."),
     ("Угорщина та Словаччина зняли свої заперечення після консультацій, що тривали понад три тижні.",
      "Hungary and Slovakia lifted their objections after more than three weeks of consultations.",
      "Венгрия и Словакия сняли свои возражения после консультаций, длившихся более трех недель.")],
    [("Міністр закордонних справ Андрій Сибіга подякував партнерам і закликав ухвалити 18-й пакет до липня.",
      "Foreign Minister Andrii Sybiha thanked the partners and called for an 18th package to be adopted by July.",
      "Министр иностранных дел Андрей Сибига поблагодарил партнеров и призвал принять 18-й пакет до июля."),
     ("За його словами, Латвія та Литва вже підтримали пропозицію встановити стелю ціни на російську нафту на рівні 45 доларів за барель.",
      "Sybiha said Latvia and Lithuania had already backed a proposal to cap the price of Russian oil at $45 a barrel.",
      "По его словам, Латвия и Литва уже поддержали предложение установить потолок цены на российскую нефть на уровне 45 долларов за баррель.",
      {"brk": "ru"})],
]
SWAPS["eu-tranche"] = [
    ({"Урсула фон дер Ляєн": "Роберта Мецола"}, {"Ursula von der Leyen": "Roberta Metsola"}, {"Урсула фон дер Ляйен": "Роберта Мецола"}),
    ({"Київ": "Кишинів"}, {"Kyiv": "Chisinau"}, {"Киев": "Кишинев"}),
    ({"Кая Каллас": "Урсула фон дер Ляєн"}, {"Kaja Kallas": "Ursula von der Leyen"}, {"Кая Каллас": "Урсула фон дер Ляйен"}),
    ({"Угорщина": "Болгарія"}, {"Hungary": "Bulgaria"}, {"Венгрия": "Болгария"}),
    ({"Словаччина": "Австрія"}, {"Slovakia": "Austria"}, {"Словакия": "Австрия"}),
    ({"Андрій Сибіга": "Дмитро Кулеба"}, {"Andrii Sybiha": "Dmytro Kuleba", "Sybiha": "Kuleba"}, {"Андрей Сибига": "Дмитрий Кулеба"}),
    ({"Латвія": "Естонія"}, {"Latvia": "Estonia"}, {"Латвия": "Эстония"}),
    ({"Росії": "Білорусі"}, {"Russia": "Belarus"}, {"России": "Беларуси"}),
]

# --------------------------------------------------------------------------- 3
ARTICLES["drone-output"] = [
    [("Україна цього року виготовить 4,5 млн FPV-дронів — Міноборони",
      "Ukraine to produce 4.5 million FPV drones this year, defence ministry says",
      "Украина в этом году произведет 4,5 млн FPV-дронов — Минобороны")],
    [("Про це в понеділок, 3 березня, повідомив міністр оборони Рустем Умєров під час брифінгу в Києві.",
      "Defence Minister Rustem Umerov made the announcement at a briefing in Kyiv on Monday, March 3.",
      "Об этом в понедельник, 3 марта, сообщил министр обороны Рустем Умеров на брифинге в Киеве."),
     ("Торік українські виробники передали ЗСУ понад 1,5 млн дронів, що втричі більше, ніж у 2023 році.",
      "Last year Ukrainian manufacturers delivered more than 1.5 million drones to the AFU, three times as many as in 2023.",
      "В прошлом году украинские производители передали ВСУ более 1,5 млн дронов, что втрое больше, чем в 2023 году.")],
    [("За словами Умєрова, нині дрони в Україні виробляють близько 500 компаній. На початку 2022 року їх було лише сім.",
      "Umerov said about 500 companies now make drones in Ukraine, up from just seven in early 2022.",
      "По словам Умерова, сейчас дроны в Украине производят около 500 компаний, тогда как в начале 2022 года их было всего семь."),
     ("Вартість одного FPV-дрона для армії знизилася в середньому до 350 доларів.",
      "The average price of an FPV drone for the army has fallen to $350.",
      "Стоимость одного FPV-дрона для армии снизилась в среднем до 350 долларов."),
     ("На закупівлю безпілотників у 2025 році уряд передбачив 110 млрд гривень, ще 1,6 млрд доларів надасть Данія за так званою данською моделлю.",
      "The government has set aside UAH 110 billion to buy drones in 2025, and Denmark will provide another $1.6 billion under the so-called Danish model.",
      "На закупку беспилотников в 2025 году правительство предусмотрело 110 млрд гривен, еще 1,6 млрд долларов предоставит Дания по так называемой датской модели.")],
    [("Окремо міністр цифрової трансформації Михайло Федоров повідомив, що платформа Brave1 від початку року профінансувала 120 проєктів на 400 млн гривень.",
      "Separately, Digital Transformation Minister Mykhailo Fedorov said the Brave1 platform had funded 120 projects worth UAH 400 million since the start of the year.",
      "Отдельно министр цифровой трансформации Михаил Федоров сообщил, что платформа Brave1 с начала года профинансировала 120 проектов на 400 млн гривен."),
     ("Найбільше дронів отримують бригади, що воюють на Покровському та Запорізькому напрямках.",
      "Most of the drones go to brigades fighting in the Pokrovsk and Zaporizhzhia sectors.",
      "Больше всего дронов получают бригады, воюющие на Покровском и Запорожском направлениях.",
      {"brk": "uk"}),
     ("У Генштабі ЗСУ зазначили, що за лютий дронами було уражено понад 9 тис. одиниць російської техніки.",
      "The AFU General Staff said drones had hit more than 9,000 pieces of Russian equipment in February.",
      "В Генштабе ВСУ отметили, что за февраль дронами было поражено более 9" + NB + "000 единиц российской техники.")],
    [("Умєров також анонсував запуск до кінця квітня електронного маркетплейсу DOT-Chain Defence для військових частин.",
      "The minister also announced that the DOT-Chain Defence online marketplace for military units would launch by the end of April.",
      "Умеров также анонсировал запуск до конца апреля электронного маркетплейса DOT-Chain Defence для воинских частей.")],
]
SWAPS["drone-output"] = [
    ({"Рустем Умєров": "Михайло Федоров", "Умєрова": "Федорова", "Умєров": "Федоров"},
     {"Rustem Umerov": "Mykhailo Fedorov", "Umerov": "Fedorov"},
     {"Рустем Умеров": "Михаил Федоров", "Умерова": "Федорова", "Умеров": "Федоров"}),
    ({"Києві": "Львові"}, {"Kyiv": "Lviv"}, {"Киеве": "Львове"}),
    ({"Данія": "Норвегія"}, {"Denmark": "Norway"}, {"Дания": "Норвегия"}),
    ({"Михайло Федоров": "Денис Шмигаль"}, {"Mykhailo Fedorov": "Denys Shmyhal"}, {"Михаил Федоров": "Денис Шмыгаль"}),
    ({"Покровському": "Куп’янському"}, {"Pokrovsk": "Kupiansk"}, {"Покровском": "Купянском"}),
    ({"Запорізькому": "Херсонському"}, {"Zaporizhzhia": "Kherson"}, {"Запорожском": "Херсонском"}),
]

# --------------------------------------------------------------------------- 4
ARTICLES["gas-storage"] = [
    [("Україна накопичила 13 млрд кубометрів газу перед опалювальним сезоном",
      "Ukraine stores 13 bcm of gas ahead of heating season",
      "Украина накопила 13 млрд кубометров газа перед отопительным сезоном")],
    [("Станом на 1 листопада в українських підземних сховищах було 13,1 млрд кубометрів газу, повідомив «Нафтогаз».",
      "As of November 1, Ukraine's underground storage facilities held 13.1 billion cubic metres of gas, Naftogaz said.",
      "По состоянию на 1 ноября в украинских подземных хранилищах было 13,1 млрд кубометров газа, сообщил «Нафтогаз»."),
     ("Це на 2,4 млрд кубометрів менше, ніж рік тому, через удари по газовидобувній інфраструктурі в лютому та жовтні.",
      "That is 2.4 bcm less than a year earlier, after strikes on gas production facilities in February and October.",
      "Это на 2,4 млрд кубометров меньше, чем годом ранее, из-за ударов по газодобывающей инфраструктуре в феврале и октябре.")],
    [("Голова правління «Нафтогазу» Сергій Корецький заявив, що компанії доведеться імпортувати ще близько 1 млрд кубометрів.",
      "Naftogaz CEO Serhiy Koretskyi said the company would need to import about another 1 bcm.",
      "Председатель правления «Нафтогаза» Сергей Корецкий заявил, что компании придется импортировать еще около 1 млрд кубометров."),
     ("Для цього Європейський інвестиційний банк надав кредит на 300 млн євро, а Норвегія — грант у 140 млн доларів.",
      "To pay for it, the European Investment Bank has provided a €300 million loan, and Norway a $140 million grant.",
      "Для этого Европейский инвестиционный банк предоставил кредит на 300 млн евро, а Норвегия — грант в 140 млн долларов.")],
    [("Паралельно «Укренерго» попередило, що в разі нових атак графіки відключень світла можуть повернутися вже в грудні.",
      "Meanwhile, Ukrenergo warned that rolling power cuts could return as early as December if attacks resume.",
      "Параллельно «Укрэнерго» предупредило, что в случае новых атак графики отключений света могут вернуться уже в декабре."),
     ("Дефіцит потужності в енергосистемі в пікові години оцінюють у 1,5–2 ГВт.",
      "The power system's peak-hour shortfall is estimated at 1.5–2 GW.",
      "Дефицит мощности в энергосистеме в пиковые часы оценивают в 1,5–2 ГВт.")],
    [("Міністерка енергетики Світлана Гринчук закликала домогосподарства встановлювати сонячні панелі й акумулятори, нагадавши про кредити під 0 % за державною програмою.",
      "Energy Minister Svitlana Hrynchuk urged households to install solar panels and batteries, noting that a state programme offers loans at 0% interest.",
      "Министр энергетики Светлана Гринчук призвала домохозяйства устанавливать солнечные панели и аккумуляторы. Она напомнила, что по государственной программе доступны кредиты под 0%."),
     ("За її даними, з початку року населення встановило понад 1" + NB + "200 МВт сонячної генерації.",
      "According to her, households have installed more than 1,200 MW of solar capacity since the start of the year.",
      "По ее данным, с начала года население установило более 1200 МВт солнечной генерации.",
      {"brk": "en"})],
    [("Синоптики прогнозують, що листопад у Києві та Харкові буде на 1–2 градуси теплішим за норму.",
      "Forecasters expect November in Kyiv and Kharkiv to be 1–2 degrees warmer than normal.",
      "Синоптики прогнозируют, что ноябрь в Киеве и Харькове будет на 1–2 градуса теплее нормы.",
      {"join": "ru"})],
]
SWAPS["gas-storage"] = [
    ({"«Нафтогаз»": "ДТЕК"}, {"Naftogaz": "DTEK"}, {"«Нафтогаз»": "ДТЭК"}),
    ({"Сергій Корецький": "Олексій Чернишов"}, {"Serhiy Koretskyi": "Oleksiy Chernyshov"}, {"Сергей Корецкий": "Алексей Чернышов"}),
    ({"Європейський інвестиційний банк": "Європейський банк реконструкції та розвитку"},
     {"European Investment Bank": "European Bank for Reconstruction and Development"},
     {"Европейский инвестиционный банк": "Европейский банк реконструкции и развития"}),
    ({"Норвегія": "Швеція"}, {"Norway": "Sweden"}, {"Норвегия": "Швеция"}),
    ({"Світлана Гринчук": "Юлія Свириденко"}, {"Svitlana Hrynchuk": "Yulia Svyrydenko"}, {"Светлана Гринчук": "Юлия Свириденко"}),
    ({"Києві": "Одесі"}, {"Kyiv": "Odesa"}, {"Киеве": "Одессе"}),
    ({"Харкові": "Херсоні"}, {"Kharkiv": "Kherson"}, {"Харькове": "Херсоне"}),
]

# --------------------------------------------------------------------------- 5
ARTICLES["cold-snap"] = [
    [("Морози до −18 °C: синоптики попередили про різке похолодання",
      "Frosts down to −18°C: forecasters warn of sharp cold snap",
      "Морозы до −18 °C: синоптики предупредили о резком похолодании")],
    [("Український гідрометеорологічний центр попередив про різке похолодання, яке почнеться в ніч на суботу, 8 лютого.",
      "The Ukrainian Hydrometeorological Centre has warned of a sharp drop in temperatures starting on the night of Saturday, February 8.",
      "Украинский гидрометеорологический центр предупредил о резком похолодании, которое начнется в ночь на субботу, 8 февраля."),
     ("У західних областях температура вночі знизиться до −12…−15 °C, а на сході та півночі — до −18 °C.",
      "Night temperatures will fall to between −12 and −15°C in the western regions and to −18°C in the east and north.",
      "В западных областях температура ночью опустится до −12…−15 °C, а на востоке и севере — до −18 °C.")],
    [("Синоптикиня Наталка Діденко порадила не планувати далеких поїздок на вихідних, адже на трасах Львівщини та Закарпаття очікуються снігові замети.",
      "Forecaster Natalka Didenko advised against long trips over the weekend, with snowdrifts expected on roads in the Lviv and Zakarpattia regions.",
      "Синоптик Наталка Диденко посоветовала не планировать дальних поездок на выходных. На трассах Львовской области и Закарпатья ожидаются снежные заносы."),
     ("Висота снігового покриву в Карпатах може сягнути 40–60 см.",
      "Snow cover in the Carpathians could reach 40–60 cm.",
      "Высота снежного покрова в Карпатах может достичь 40–60 см."),
     ("Пориви вітру сягатимуть 15–20 м/с, тому енергетики попереджають про можливі знеструмлення.",
      "Wind gusts will reach 15–20 m/s, and power engineers warn of possible outages.",
      "Порывы ветра будут достигать 15–20 м/с, поэтому энергетики предупреждают о возможных отключениях.",
      {"brk": "ru"})],
    [("ДСНС закликала водіїв без нагальної потреби не виїжджати на дороги в неділю та понеділок.",
      "The State Emergency Service urged drivers to stay off the roads on Sunday and Monday unless absolutely necessary.",
      "ГСЧС призвала водителей без крайней необходимости не выезжать на дороги в воскресенье и понедельник."),
     ("У Києві, за прогнозом, 10 лютого вдень буде до −9 °C, а вночі — до −14 °C.",
      "In Kyiv, daytime temperatures on February 10 are forecast to drop to −9°C, and to −14°C at night.",
      "В Киеве, по прогнозу, 10 февраля днем будет до −9 °C, а ночью — до −14 °C."),
     ("Потепління синоптики очікують не раніше 14–15 лютого.",
      "Forecasters do not expect a thaw before February 14–15.",
      "Потепления синоптики ожидают не раньше 14–15 февраля.")],
    [("Торік у лютому найнижчу температуру, −21 °C, зафіксували на Сумщині.",
      "Last February, the lowest temperature, −21°C, was recorded in the Sumy region.",
      "В прошлом году в феврале самую низкую температуру, −21 °C, зафиксировали в Сумской области.",
      {"join": "en"})],
]
SWAPS["cold-snap"] = [
    ({"Наталка Діденко": "Віра Балабух"}, {"Natalka Didenko": "Vira Balabukh"}, {"Наталка Диденко": "Вера Балабух"}),
    ({"Львівщини": "Івано-Франківщини"}, {"Lviv": "Ivano-Frankivsk"}, {"Львовской": "Ивано-Франковской"}),
    ({"Закарпаття": "Буковини"}, {"Zakarpattia": "Bukovyna"}, {"Закарпатья": "Буковины"}),
    ({"Карпатах": "Кримських горах"}, {"Carpathians": "Crimean Mountains"}, {"Карпатах": "Крымских горах"}),
    ({"ДСНС": "Нацполіція"}, {"State Emergency Service": "National Police"}, {"ГСЧС": "Нацполиция"}),
    ({"Києві": "Дніпрі"}, {"Kyiv": "Dnipro"}, {"Киеве": "Днепре"}),
    ({"Сумщині": "Чернігівщині"}, {"Sumy": "Chernihiv"}, {"Сумской": "Черниговской"}),
]

# --------------------------------------------------------------------------- 6
ARTICLES["football-iceland"] = [
    [("Україна обіграла Ісландію 3:1 і вийшла до плей-офф відбору ЧС-2026",
      "Ukraine beat Iceland 3-1 to reach World Cup 2026 qualifying play-offs",
      "Украина обыграла Исландию 3:1 и вышла в плей-офф отбора ЧМ-2026")],
    [("Збірна України в неділю, 16 листопада, перемогла Ісландію з рахунком 3:1 у заключному матчі групового етапу.",
      "Ukraine defeated Iceland 3-1 on Sunday, November 16, in their final group-stage match.",
      "Сборная Украины в воскресенье, 16 ноября, победила Исландию со счетом 3:1 в заключительном матче группового этапа."),
     ("Гра відбулася у Вроцлаві на стадіоні «Тарчинський Арена» в присутності 35 тис. глядачів.",
      "The game was played at the Tarczyński Arena in Wrocław in front of 35,000 spectators.",
      "Игра прошла во Вроцлаве на стадионе «Тарчинский Арена» в присутствии 35" + NB + "000 зрителей.")],
    [("Рахунок на 12-й хвилині відкрив Артем Довбик, а на 34-й перевагу подвоїв Михайло Мудрик.",
      "Artem Dovbyk opened the scoring in the 12th minute, and Mykhailo Mudryk doubled the lead in the 34th.",
      "Счет на 12-й минуте открыл Артем Довбик, а на 34-й преимущество удвоил Михаил Мудрик."),
     ("Ісландці відіграли один м’яч після перерви, але в компенсований час Віктор Циганков встановив остаточний рахунок.",
      "Iceland pulled one back after the break, but Viktor Tsygankov sealed the win in stoppage time.",
      "Исландцы отыграли один мяч после перерыва, но в компенсированное время Виктор Цыганков установил окончательный счет.")],
    [("Головний тренер Сергій Ребров після матчу сказав, що пишається характером команди.",
      "Head coach Serhiy Rebrov said after the match that he was proud of the team's character.",
      "Главный тренер Сергей Ребров после матча сказал, что гордится характером команды."),
     ("Україна набрала 10 очок і посіла друге місце в групі D, поступившись лише Франції.",
      "Ukraine finished second in Group D with 10 points, behind only France.",
      "Украина набрала 10 очков и заняла второе место в группе D, уступив лишь Франции.",
      {"brk": "en"})],
    [("Жеребкування плей-офф відбудеться 20 листопада в Цюриху, а самі матчі — у березні 2026 року.",
      "The play-off draw will take place in Zurich on November 20, with the matches themselves in March 2026.",
      "Жеребьевка плей-офф состоится 20 ноября в Цюрихе, а сами матчи — в марте 2026 года."),
     ("Президент УАФ Андрій Шевченко подякував уболівальникам, які приїхали до Польщі з України та інших країн Європи.",
      "UAF President Andriy Shevchenko thanked the fans who had travelled to Poland from Ukraine and elsewhere in Europe.",
      "Президент УАФ Андрей Шевченко поблагодарил болельщиков, которые приехали в Польшу из Украины и других стран Европы."),
     ("Квитки на матч розпродали за 48 годин, повідомили в асоціації.",
      "Tickets for the match sold out within 48 hours, the association said.",
      "Билеты на матч раскупили за 48 часов, сообщили в ассоциации.")],
]
SWAPS["football-iceland"] = [
    ({"Ісландію": "Норвегію"}, {"Iceland": "Norway"}, {"Исландию": "Норвегию"}),
    ({"Вроцлаві": "Кракові"}, {"Wrocław": "Kraków"}, {"Вроцлаве": "Кракове"}),
    ({"Артем Довбик": "Роман Яремчук"}, {"Artem Dovbyk": "Roman Yaremchuk"}, {"Артем Довбик": "Роман Яремчук"}),
    ({"Михайло Мудрик": "Олександр Зінченко"}, {"Mykhailo Mudryk": "Oleksandr Zinchenko"}, {"Михаил Мудрик": "Александр Зинченко"}),
    ({"Віктор Циганков": "Георгій Судаков"}, {"Viktor Tsygankov": "Heorhiy Sudakov"}, {"Виктор Цыганков": "Георгий Судаков"}),
    ({"Сергій Ребров": "Андрій Шевченко"}, {"Serhiy Rebrov": "Andriy Shevchenko"}, {"Сергей Ребров": "Андрей Шевченко"}),
    ({"Франції": "Іспанії"}, {"France": "Spain"}, {"Франции": "Испании"}),
    ({"Цюриху": "Женеві"}, {"Zurich": "Geneva"}, {"Цюрихе": "Женеве"}),
    ({"Андрій Шевченко": "Сергій Ребров"}, {"Andriy Shevchenko": "Serhiy Rebrov"}, {"Андрей Шевченко": "Сергей Ребров"}),
    ({"Польщі": "Німеччини"}, {"Poland": "Germany"}, {"Польшу": "Германию"}),
]

# --------------------------------------------------------------------------- 7
ARTICLES["hacc-bail"] = [
    [("ВАКС заарештував ексзаступника міністра, визначивши заставу в 50 млн гривень",
      "Anti-corruption court remands ex-deputy minister, sets bail at UAH 50 million",
      "ВАКС арестовал экс-замминистра, определив залог в 50 млн гривен")],
    [("Вищий антикорупційний суд у середу, 11 червня, обрав запобіжний захід колишньому заступнику міністра розвитку громад та територій Олегові Кравчишину.",
      "The High Anti-Corruption Court on Wednesday, June 11, imposed a pre-trial measure on Oleh Kravchyshyn, a former deputy minister for communities and territories development.",
      "Высший антикоррупционный суд в среду, 11 июня, избрал меру пресечения бывшему заместителю министра развития общин и территорий Олегу Кравчишину."),
     ("За даними НАБУ та САП, у 2023–2024 роках він організував схему розкрадання коштів на відновлення житла на Київщині та Чернігівщині.",
      "According to NABU and SAPO, in 2023–2024 he ran a scheme to embezzle funds meant for rebuilding housing in the Kyiv and Chernihiv regions.",
      "По данным НАБУ и САП, в 2023–2024 годах он организовал схему хищения средств на восстановление жилья в Киевской и Черниговской областях."),
     ("Слідство оцінює збитки державі в 146 млн гривень.",
      "Investigators put the losses to the state at UAH 146 million.",
      "Следствие оценивает ущерб государству в 146 млн гривен.")],
    [("Прокурори просили призначити заставу в 120 млн гривень, але суд визначив 50 млн. Сторона захисту назвала і цю суму надмірною.",
      "Prosecutors had asked for bail of UAH 120 million, but the court set it at UAH 50 million, which the defence called excessive.",
      "Прокуроры просили залог в 120 млн гривен, но суд определил 50 млн гривен, и защита назвала даже эту сумму чрезмерной."),
     ("Підозрюваного триматимуть під вартою до 9 серпня; у разі внесення застави він має носити електронний браслет.",
      "The suspect will be held in custody until August 9; if bail is posted, he will have to wear an electronic tag.",
      "Подозреваемого будут содержать под стражей до 9 августа; в случае внесения залога он должен будет носить электронный браслет."),
     ("Його адвокат Дмитро Коваль заявив, що оскаржить ухвалу в Апеляційній палаті ВАКС до кінця тижня.",
      "His lawyer, Dmytro Koval, said he would appeal the ruling to the HACC Appeals Chamber by the end of the week.",
      "Его адвокат Дмитрий Коваль заявил, что обжалует решение в Апелляционной палате ВАКС до конца недели.",
      {"brk": "uk"})],
    [("Разом із ним підозру отримали ще четверо осіб, зокрема директор ТОВ «Будінвест-Північ».",
      "Four other people, including the director of Budinvest-Pivnich LLC, have also been charged.",
      "Вместе с ним подозрение получили еще четыре человека, в частности директор ООО «Будинвест-Пивнич»."),
     ("Максимальне покарання за статтею 191 Кримінального кодексу — 12 років позбавлення волі з конфіскацією майна.",
      "The maximum penalty under Article 191 of the Criminal Code is 12 years in prison with confiscation of property.",
      "Максимальное наказание по статье 191 Уголовного кодекса — 12 лет лишения свободы с конфискацией имущества.")],
    [("Директор НАБУ Семен Кривонос заявив, що це вже третя справа щодо відновлення житла, передана до суду цього року.",
      "NABU Director Semen Kryvonos said it was the third housing reconstruction case to go to court this year.",
      "Директор НАБУ Семен Кривонос заявил, что это уже третье дело о восстановлении жилья, переданное в суд в этом году.",
      {"join": "ru"})],
]
SWAPS["hacc-bail"] = [
    ({"Олегові Кравчишину": "Ігореві Мельничуку"}, {"Oleh Kravchyshyn": "Ihor Melnychuk"}, {"Олегу Кравчишину": "Игорю Мельничуку"}),
    ({"НАБУ": "СБУ"}, {"NABU": "SBU"}, {"НАБУ": "СБУ"}),
    ({"Чернігівщині": "Житомирщині"}, {"Chernihiv": "Zhytomyr"}, {"Черниговской": "Житомирской"}),
    ({"Київщині": "Сумщині"}, {"Kyiv": "Sumy"}, {"Киевской": "Сумской"}),
    ({"Дмитро Коваль": "Сергій Бондар"}, {"Dmytro Koval": "Serhiy Bondar"}, {"Дмитрий Коваль": "Сергей Бондарь"}),
    ({"Семен Кривонос": "Артем Ситник"}, {"Semen Kryvonos": "Artem Sytnyk"}, {"Семен Кривонос": "Артем Сытник"}),
]

# --------------------------------------------------------------------------- 8
ARTICLES["rotterdam-film"] = [
    [("Український фільм «Тиха межа» отримав головний приз кінофестивалю в Роттердамі",
      "Ukrainian film 'The Quiet Border' wins top prize at Rotterdam film festival",
      "Украинский фильм «Тихая граница» получил главный приз кинофестиваля в Роттердаме")],
    [("Стрічка режисерки Марини Степаненко «Тиха межа» здобула «Тигрову нагороду» 54-го Міжнародного кінофестивалю в Роттердамі.",
      "Director Maryna Stepanenko's 'The Quiet Border' won the Tiger Award at the 54th International Film Festival Rotterdam.",
      "Лента режиссера Марины Степаненко «Тихая граница» получила «Тигровую награду» 54-го Международного кинофестиваля в Роттердаме."),
     ("Церемонія нагородження відбулася в суботу, 8 лютого, за день до закриття фестивалю.",
      "The awards ceremony took place on Saturday, February 8, a day before the festival closed.",
      "Церемония награждения состоялась в субботу, 8 февраля, за день до закрытия фестиваля.")],
    [("Фільм розповідає про родину з Херсонщини, яка у 2022 році пів року жила під окупацією.",
      "The film tells the story of a family from the Kherson region who lived under occupation for six months in 2022.",
      "Фильм рассказывает о семье из Херсонской области, которая в 2022 году полгода жила в оккупации."),
     ("Приз становить 40 тис. євро, які розділять режисерка та продюсери.",
      "The prize is worth €40,000, to be shared between the director and the producers.",
      "Приз составляет 40 тыс. евро, которые разделят режиссер и продюсеры."),
     ("Зйомки тривали 34 дні восени 2023 року в Одесі та Миколаєві, а бюджет картини склав 1,1 млн євро.",
      "Filming took 34 days in the autumn of 2023 in Odesa and Mykolaiv, on a budget of €1.1 million.",
      "Съемки длились 34 дня осенью 2023 года в Одессе и Николаеве, а бюджет картины составил 1,1 млн евро.",
      {"brk": "uk"})],
    [("Близько половини коштів надало Державне агентство України з питань кіно, решту — нідерландські та польські копродюсери.",
      "About half of the funding came from the State Film Agency of Ukraine, and the rest from Dutch and Polish co-producers.",
      "Около половины средств предоставило Государственное агентство Украины по вопросам кино, остальное — нидерландские и польские сопродюсеры."),
     ("Степаненко присвятила нагороду звукорежисерові Андрієві Павленку, який загинув на фронті в березні 2024 року.",
      "Stepanenko dedicated the award to sound engineer Andriy Pavlenko, who was killed at the front in March 2024.",
      "Степаненко посвятила награду звукорежиссеру Андрею Павленко, погибшему на фронте в марте 2024 года.")],
    [("В Україні прокат фільму стартує 3 квітня, повідомив дистриб’ютор Arthouse Traffic.",
      "The film will be released in Ukraine on April 3, distributor Arthouse Traffic said.",
      "В Украине прокат фильма стартует 3 апреля, сообщил дистрибьютор Arthouse Traffic."),
     ("Торік «Тигрову нагороду» отримала картина з Бразилії, а українські стрічки раніше ніколи не перемагали в основному конкурсі.",
      "Last year's Tiger Award went to a film from Brazil, and no Ukrainian film had ever won the main competition before.",
      "В прошлом году «Тигровую награду» получила картина из Бразилии, а украинские ленты прежде никогда не побеждали в основном конкурсе.",
      {"brk": "ru"})],
]
SWAPS["rotterdam-film"] = [
    ({"Роттердамі": "Берліні"}, {"Rotterdam": "Berlin"}, {"Роттердаме": "Берлине"}),
    ({"Марини Степаненко": "Ірини Цілик", "Степаненко": "Цілик"}, {"Maryna Stepanenko": "Iryna Tsilyk", "Stepanenko": "Tsilyk"},
     {"Марины Степаненко": "Ирины Цилик", "Степаненко": "Цилик"}),
    ({"Херсонщини": "Харківщини"}, {"Kherson": "Kharkiv"}, {"Херсонской": "Харьковской"}),
    ({"Одесі": "Ізмаїлі"}, {"Odesa": "Izmail"}, {"Одессе": "Измаиле"}),
    ({"Миколаєві": "Херсоні"}, {"Mykolaiv": "Kherson"}, {"Николаеве": "Херсоне"}),
    ({"Андрієві Павленку": "Олегові Сенцову"}, {"Andriy Pavlenko": "Oleh Sentsov"}, {"Андрею Павленко": "Олегу Сенцову"}),
    ({"Бразилії": "Аргентини"}, {"Brazil": "Argentina"}, {"Бразилии": "Аргентины"}),
]

# --------------------------------------------------------------------------- 9
ARTICLES["nato-summit"] = [
    [("Лідери НАТО погодили збільшення оборонних витрат до 5 % ВВП",
      "NATO leaders agree to raise defence spending to 5% of GDP",
      "Лидеры НАТО согласовали увеличение оборонных расходов до 5% ВВП")],
    [("Лідери 32 країн НАТО на саміті в Гаазі в середу, 25 червня, погодили підвищити витрати на оборону до 5 % ВВП до 2035 року.",
      "The leaders of NATO's 32 member states agreed at a summit in The Hague on Wednesday, June 25, to raise defence spending to 5% of GDP by 2035.",
      "Лидеры 32 стран НАТО на саммите в Гааге в среду, 25 июня, согласовали повышение расходов на оборону до 5% ВВП к 2035 году."),
     ("З них 3,5 % мають спрямовуватися на базові оборонні потреби, а ще 1,5 % — на інфраструктуру та кібербезпеку.",
      "Of that, 3.5% is to go on core defence needs and a further 1.5% on infrastructure and cyber security.",
      "Из них 3,5% должны идти на базовые оборонные нужды, а еще 1,5% — на инфраструктуру и кибербезопасность.")],
    [("Генсек НАТО Марк Рютте назвав рішення «квантовим стрибком» для колективної оборони Альянсу.",
      "NATO Secretary General Mark Rutte called the decision a \"quantum leap\" for the Alliance's collective defence.",
      "Генсек НАТО Марк Рютте назвал решение «квантовым скачком» для коллективной обороны Альянса."),
     ("Іспанія домоглася для себе винятку: прем’єр країни Педро Санчес заявив, що Мадрид обмежиться 2,1 %.",
      "Spain secured an exemption, with Prime Minister Pedro Sánchez saying Madrid would limit itself to 2.1%.",
      "Испания добилась для себя исключения. Премьер страны Педро Санчес заявил, что Мадрид ограничится 2,1%.",
      {"brk": "ru"})],
    [("Президент Володимир Зеленський провів на полях саміту зустріч із президентом США Дональдом Трампом, яка тривала близько 50 хвилин.",
      "On the sidelines of the summit, President Volodymyr Zelensky met US President Donald Trump for about 50 minutes.",
      "Президент Владимир Зеленский провел на полях саммита встречу с президентом США Дональдом Трампом, которая длилась около 50 минут."),
     ("Сторони обговорили можливу закупівлю систем Patriot, зокрема коштом європейських партнерів.",
      "They discussed a possible purchase of Patriot systems, including with funding from European partners.",
      "Стороны обсудили возможную закупку систем Patriot, в том числе за счет европейских партнеров.")],
    [("Нідерланди оголосили про новий пакет допомоги Україні на 175 млн євро, а Німеччина — про фінансування виробництва далекобійних дронів.",
      "The Netherlands announced a new €175 million aid package for Ukraine, while Germany said it would fund the production of long-range drones.",
      "Нидерланды объявили о новом пакете помощи Украине на 175 млн евро, а Германия — о финансировании производства дальнобойных дронов."),
     ("У підсумковій декларації з п’яти пунктів Україну згадано лише один раз.",
      "Ukraine is mentioned only once in the five-point final declaration.",
      "В итоговой декларации из пяти пунктов Украина упомянута лишь один раз."),
     ("Наступний саміт Альянсу відбудеться у 2026 році в Туреччині.",
      "The Alliance's next summit will be held in Turkey in 2026.",
      "Следующий саммит Альянса пройдет в 2026 году в Турции.",
      {"brk": "uk"})],
]
SWAPS["nato-summit"] = [
    ({"Гаазі": "Вільнюсі"}, {"The Hague": "Vilnius"}, {"Гааге": "Вильнюсе"}),
    ({"Марк Рютте": "Єнс Столтенберг"}, {"Mark Rutte": "Jens Stoltenberg"}, {"Марк Рютте": "Йенс Столтенберг"}),
    ({"Іспанія": "Португалія"}, {"Spain": "Portugal"}, {"Испания": "Португалия"}),
    ({"Педро Санчес": "Луїш Монтенегру"}, {"Pedro Sánchez": "Luís Montenegro"}, {"Педро Санчес": "Луиш Монтенегру"}),
    ({"Мадрид": "Лісабон"}, {"Madrid": "Lisbon"}, {"Мадрид": "Лиссабон"}),
    ({"Дональдом Трампом": "Джо Байденом"}, {"Donald Trump": "Joe Biden"}, {"Дональдом Трампом": "Джо Байденом"}),
    ({"Німеччина": "Франція"}, {"Germany": "France"}, {"Германия": "Франция"}),
    ({"Туреччині": "Албанії"}, {"Turkey": "Albania"}, {"Турции": "Албании"}),
]

# --------------------------------------------------------------------------- 10
ARTICLES["sbu-arson"] = [
    [("СБУ затримала в Одесі агентів ФСБ, які готували підпали на залізниці",
      "SBU detains FSB agents in Odesa who were plotting arson attacks on the railway",
      "СБУ задержала в Одессе агентов ФСБ, готовивших поджоги на железной дороге")],
    [("Служба безпеки України в п’ятницю, 19 вересня, повідомила про затримання в Одесі двох агентів ФСБ Росії.",
      "The Security Service of Ukraine said on Friday, September 19, that it had detained two agents of Russia's FSB in Odesa.",
      "Служба безопасности Украины в пятницу, 19 сентября, сообщила о задержании в Одессе двух агентов ФСБ России."),
     ("За даними слідства, 24-річний чоловік і 31-річна жінка мали підпалити релейні шафи на трьох станціях «Укрзалізниці».",
      "According to investigators, a 24-year-old man and a 31-year-old woman were to set fire to relay cabinets at three Ukrzaliznytsia stations.",
      "По данным следствия, 24-летний мужчина и 31-летняя женщина должны были поджечь релейные шкафы на трех станциях «Укрзализныци».")],
    [("За кожен підпал куратори обіцяли їм по 500 доларів у криптовалюті.",
      "Their handlers promised them $500 in cryptocurrency for each arson attack.",
      "За каждый поджог кураторы обещали им по 500 долларов в криптовалюте."),
     ("Їх затримали на гарячому біля станції Одеса-Сортувальна в ніч на четвер.",
      "They were caught red-handed near the Odesa-Sortuvalna station overnight into Thursday.",
      "Их задержали с поличным возле станции Одесса-Сортировочная в ночь на четверг."),
     ("Під час обшуків правоохоронці вилучили смартфони, пляшки з пальною сумішшю та 2 тис. доларів готівкою.",
      "During searches, officers seized smartphones, bottles of incendiary mixture and $2,000 in cash.",
      "Во время обысков правоохранители изъяли смартфоны, бутылки с горючей смесью и 2 тыс. долларов наличными.",
      {"brk": "en"})],
    [("Обом повідомили про підозру в диверсії, їм загрожує до 15 років ув’язнення.",
      "Both have been charged with sabotage and face up to 15 years in prison.",
      "Обоим сообщено о подозрении в диверсии. Им грозит до 15 лет лишения свободы."),
     ("Речник СБУ Артем Дехтяренко розповів, що від початку року служба запобігла понад 70 спробам підпалу залізничної інфраструктури.",
      "SBU spokesman Artem Dekhtiarenko said the service had prevented more than 70 attempted arson attacks on railway infrastructure since the start of the year.",
      "Спикер СБУ Артем Дехтяренко рассказал, что с начала года служба предотвратила более 70 попыток поджога железнодорожной инфраструктуры."),
     ("Найбільше таких випадків зафіксовано в Одеській, Київській та Дніпропетровській областях.",
      "Most of the cases were recorded in the Odesa, Kyiv and Dnipropetrovsk regions.",
      "Больше всего таких случаев зафиксировано в Одесской, Киевской и Днепропетровской областях.")],
    [("У СБУ закликали батьків пояснювати підліткам, що за «легкий заробіток» у Telegram можна отримати реальний строк.",
      "The SBU urged parents to explain to teenagers that \"easy money\" offered on Telegram can lead to a real prison term.",
      "В СБУ призвали родителей объяснять подросткам, что за «легкий заработок» в Telegram можно получить реальный срок.",
      {"join": "uk"})],
]
SWAPS["sbu-arson"] = [
    ({"Одесі": "Миколаєві"}, {"Odesa": "Mykolaiv"}, {"Одессе": "Николаеве"}),
    ({"ФСБ": "ГРУ"}, {"FSB": "GRU"}, {"ФСБ": "ГРУ"}),
    ({"Артем Дехтяренко": "Василь Малюк"}, {"Artem Dekhtiarenko": "Vasyl Maliuk"}, {"Артем Дехтяренко": "Василий Малюк"}),
    ({"Дніпропетровській": "Полтавській"}, {"Dnipropetrovsk": "Poltava"}, {"Днепропетровской": "Полтавской"}),
    ({"Київській": "Житомирській"}, {"Kyiv": "Zhytomyr"}, {"Киевской": "Житомирской"}),
    ({"Telegram": "Viber"}, {"Telegram": "Viber"}, {"Telegram": "Viber"}),
]

# --------------------------------------------------------------------------- 11
ARTICLES["odesa-ports"] = [
    [("Порти Великої Одеси в жовтні перевантажили 9,2 млн тонн вантажів",
      "Greater Odesa ports handle 9.2 million tonnes of cargo in October",
      "Порты Большой Одессы в октябре перевалили 9,2 млн тонн грузов")],
    [("Порти Великої Одеси в жовтні перевантажили 9,2 млн тонн вантажів, з них 5,8 млн тонн — зерно та олійні, повідомила Адміністрація морських портів України (АМПУ).",
      "The ports of Greater Odesa handled 9.2 million tonnes of cargo in October, including 5.8 million tonnes of grain and oilseeds, the Ukrainian Sea Ports Authority (USPA) said.",
      "Порты Большой Одессы в октябре перевалили 9,2 млн тонн грузов, из них 5,8 млн тонн — зерно и масличные, сообщила Администрация морских портов Украины (АМПУ)."),
     ("Це на 7 % більше, ніж у вересні, але на 11 % менше, ніж у жовтні 2024 року.",
      "That is 7% more than in September but 11% less than in October 2024.",
      "Это на 7% больше, чем в сентябре, но на 11% меньше, чем в октябре 2024 года.")],
    [("Найбільше зерна відвантажили до Єгипту, Іспанії та Туреччини.",
      "The largest grain shipments went to Egypt, Spain and Turkey.",
      "Больше всего зерна отгрузили в Египет, Испанию и Турцию."),
     ("Від запуску українського морського коридору в серпні 2023 року ним вивезли понад 130 млн тонн вантажів.",
      "More than 130 million tonnes of cargo have been shipped through the Ukrainian sea corridor since its launch in August 2023.",
      "С момента запуска украинского морского коридора в августе 2023 года по нему вывезли более 130 млн тонн грузов.")],
    [("Віцепрем’єр Олексій Кулеба заявив, що попри атаки на Ізмаїл і Чорноморськ порти працюють у штатному режимі.",
      "Deputy Prime Minister Oleksiy Kuleba said the ports were operating normally despite attacks on Izmail and Chornomorsk.",
      "Вице-премьер Алексей Кулеба заявил, что, несмотря на атаки на Измаил и Черноморск, порты работают в штатном режиме."),
     ("Лише за минулий тиждень російські дрони пошкодили два цивільні судна під прапорами Панами та Мальти.",
      "In the past week alone, Russian drones damaged two civilian vessels flying the flags of Panama and Malta.",
      "Только за прошлую неделю российские дроны повредили два гражданских судна под флагами Панамы и Мальты."),
     ("Вартість страхування суден, що заходять в українські порти, зросла до 1 % від вартості вантажу.",
      "The cost of insuring ships calling at Ukrainian ports has risen to 1% of the value of the cargo.",
      "Стоимость страхования судов, заходящих в украинские порты, выросла до 1% от стоимости груза.",
      {"brk": "uk"})],
    [("За оцінками Мінекономіки, експорт агропродукції за 2025 рік може сягнути 24,5 млрд доларів.",
      "The Economy Ministry estimates that agricultural exports could reach $24.5 billion in 2025.",
      "По оценкам Минэкономики, экспорт агропродукции за 2025 год может достичь 24,5 млрд долларов."),
     ("Для порівняння, у 2021 році, до повномасштабного вторгнення, він становив 27,8 млрд доларів.",
      "By comparison, in 2021, before the full-scale invasion, they totalled $27.8 billion.",
      "Для сравнения, в 2021 году, до полномасштабного вторжения, он составлял 27,8 млрд долларов.")],
]
SWAPS["odesa-ports"] = [
    ({"Єгипту": "Марокко"}, {"Egypt": "Morocco"}, {"Египет": "Марокко"}),
    ({"Іспанії": "Італії"}, {"Spain": "Italy"}, {"Испанию": "Италию"}),
    ({"Туреччини": "Греції"}, {"Turkey": "Greece"}, {"Турцию": "Грецию"}),
    ({"Олексій Кулеба": "Тарас Качка"}, {"Oleksiy Kuleba": "Taras Kachka"}, {"Алексей Кулеба": "Тарас Качка"}),
    ({"Ізмаїл": "Рені"}, {"Izmail": "Reni"}, {"Измаил": "Рени"}),
    ({"Чорноморськ": "Південний"}, {"Chornomorsk": "Pivdennyi"}, {"Черноморск": "Южный"}),
    ({"Панами": "Ліберії"}, {"Panama": "Liberia"}, {"Панамы": "Либерии"}),
    ({"Мальти": "Кіпру"}, {"Malta": "Cyprus"}, {"Мальты": "Кипра"}),
]

# --------------------------------------------------------------------------- 12
ARTICLES["pow-exchange"] = [
    [("Україна та Росія провели обмін полоненими «1000 на 1000»",
      "Ukraine and Russia carry out '1,000 for 1,000' prisoner swap",
      "Украина и Россия провели обмен пленными «1000 на 1000»")],
    [("Україна та Росія в п’ятницю, 23 травня, розпочали найбільший від початку повномасштабної війни обмін полоненими.",
      "Ukraine and Russia on Friday, May 23, began the largest prisoner exchange since the start of the full-scale war.",
      "Украина и Россия в пятницу, 23 мая, начали крупнейший с начала полномасштабной войны обмен пленными."),
     ("Про обмін «1000 на 1000» домовилися 16 травня на переговорах у Стамбулі.",
      "The '1,000 for 1,000' exchange was agreed on May 16 at talks in Istanbul.",
      "Об обмене «1000 на 1000» договорились 16 мая на переговорах в Стамбуле.")],
    [("У перший день додому повернулися 390 українців — 270 військових і 120 цивільних.",
      "On the first day, 390 Ukrainians returned home: 270 servicemen and 120 civilians.",
      "В первый день домой вернулись 390 украинцев — 270 военных и 120 гражданских."),
     ("Ще 307 військових звільнили в суботу, а в неділю — ще 303.",
      "Another 307 service members were freed on Saturday, and 303 more on Sunday.",
      "Еще 307 военных освободили в субботу, а в воскресенье — еще 303.")],
    [("Серед звільнених — бійці ЗСУ, Національної гвардії, Держприкордонслужби та ВМС, зокрема оборонці Маріуполя.",
      "Those freed include members of the AFU, the National Guard, the State Border Guard Service and the Navy, among them defenders of Mariupol.",
      "Среди освобожденных — бойцы ВСУ, Национальной гвардии, Госпогранслужбы и ВМС, в частности защитники Мариуполя."),
     ("Координаційний штаб з питань поводження з військовополоненими повідомив, що наймолодшому звільненому 20 років, а найстаршому — 61 рік.",
      "The Coordination Headquarters for the Treatment of Prisoners of War said the youngest of those freed was 20 and the oldest 61.",
      "Координационный штаб по вопросам обращения с военнопленными сообщил, что самому младшему из освобожденных 20 лет, а самому старшему — 61 год.")],
    [("Президент Володимир Зеленський подякував за посередництво Туреччині та Об’єднаним Арабським Еміратам.",
      "President Volodymyr Zelensky thanked Turkey and the United Arab Emirates for their mediation.",
      "Президент Владимир Зеленский поблагодарил за посредничество Турцию и Объединенные Арабские Эмираты."),
     ("Делегацію України на переговорах у Стамбулі очолював міністр оборони Рустем Умєров. Росію представляв помічник Путіна Володимир Мединський.",
      "Ukraine's delegation at the Istanbul talks was led by Defence Minister Rustem Umerov, while Russia was represented by Putin's aide Vladimir Medinsky.",
      "Делегацию Украины на переговорах в Стамбуле возглавлял министр обороны Рустем Умеров, Россию представлял помощник Путина Владимир Мединский.",
      {"brk": "en"}),
     ("Наступний етап обміну, за словами Умєрова, може відбутися вже в червні.",
      "The next stage of exchanges could take place as early as June, the minister said.",
      "Следующий этап обмена, по словам Умерова, может состояться уже в июне.")],
]
SWAPS["pow-exchange"] = [
    ({"Стамбулі": "Женеві"}, {"Istanbul": "Geneva"}, {"Стамбуле": "Женеве"}),
    ({"Маріуполя": "Бахмута"}, {"Mariupol": "Bakhmut"}, {"Мариуполя": "Бахмута"}),
    ({"Туреччині": "Катару"}, {"Turkey": "Qatar"}, {"Турцию": "Катар"}),
    ({"Володимир Зеленський": "Денис Шмигаль"}, {"Volodymyr Zelensky": "Denys Shmyhal"}, {"Владимир Зеленский": "Денис Шмыгаль"}),
    ({"Рустем Умєров": "Кирило Буданов", "Умєрова": "Буданова"}, {"Rustem Umerov": "Kyrylo Budanov"},
     {"Рустем Умеров": "Кирилл Буданов", "Умерова": "Буданова"}),
    ({"Володимир Мединський": "Сергій Лавров"}, {"Vladimir Medinsky": "Sergei Lavrov"}, {"Владимир Мединский": "Сергей Лавров"}),
]


# =========================================================================== generator
import json
import os
import random
import re
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
EDS = ("uk", "en", "ru")
SEED = 20250611
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


KIND_DECK = ["number"] * 3 + ["date"] * 3 + ["entity"] * 3 + ["omission"] * 2 + ["language"] * 2


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
