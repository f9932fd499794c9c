"""Word lists for entity repair and labelling: general knowledge, not tuned to any article.

Countries and their demonyms, US states, well-known cities and regions, personal titles, and the
head words that mark a name's kind ("... Stadium" is a facility, "... University" an organisation).
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path


def _words(block: str) -> frozenset[str]:
    return frozenset(w.strip() for w in block.replace("\n", "|").split("|") if w.strip())


COUNTRIES = _words("""
Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia|Australia|Austria
Azerbaijan|Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia
Bosnia and Herzegovina|Bosnia|Herzegovina|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi
Cambodia|Cameroon|Canada|Cabo Verde|Cape Verde|Chad|Chile|China|Colombia|Comoros|Congo
Costa Rica|Croatia
Cuba|Cyprus|Czech Republic|Czechia|Denmark|Djibouti|Dominica|Dominican Republic|East Timor|Ecuador
Egypt|El Salvador|Equatorial Guinea|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon
Gambia|Georgia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras
Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Ivory Coast|Côte d'Ivoire|Jamaica
Japan
Jordan|Marshall Islands|Solomon Islands|Faroe Islands|Cayman Islands|Cook Islands
Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya
Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritania
Mauritius|Mexico|Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Burma
Namibia|Nauru|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia
Macedonia|Norway|Oman|Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines
Poland|Portugal|Qatar|Romania|Russia|Rwanda|Samoa|San Marino|Saudi Arabia|Senegal|Serbia
Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|South Africa|South Korea
South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania
Thailand|Timor-Leste|East Timor|Togo|Tonga|Trinidad and Tobago|Tunisia|Turkey|Türkiye|Turkmenistan
Tuvalu|Uganda|Ukraine
United Arab Emirates|UAE|United Kingdom|UK|U.K.|Britain|Great Britain|England|Scotland|Wales
Northern Ireland|United States|United States of America|US|U.S.|USA|U.S.A.|America|Uruguay
Uzbekistan|Vanuatu|Vatican|Vatican City|Venezuela|Vietnam|Viet Nam|Yemen|Zambia|Zimbabwe|Hong Kong
Greenland|Puerto Rico|Soviet Union|USSR|Korea Republic|Republic of Korea|DPRK
""")

US_STATES = _words("""
Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho
Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota
Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York
North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina
South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|Wisconsin|Wyoming
District of Columbia
""")

# Provinces, regions and cities that news names without saying what they are.
PLACES = _words("""
Democratic Republic of the Congo|Republic of the Congo|French Guiana|French Polynesia
New Caledonia|Guadeloupe|Martinique|Réunion|Mayotte|Guam|Aruba|Curaçao|Sint Maarten|Bermuda
Gibraltar|Falkland Islands|Western Sahara|Saint Kitts and Nevis
Saint Vincent and the Grenadines|São Tomé and Príncipe|Saint Lucia|Wallis and Futuna
American Samoa|Northern Mariana Islands|Turks and Caicos Islands|British Virgin Islands|Anguilla
Montserrat|Isle of Man|Niue|Tokelau|Jersey|Guernsey|Alderney|Sark|Saint Helena|Cayman Islands
Ontario|Quebec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick
Newfoundland and Labrador|Prince Edward Island
New South Wales|Victoria|Queensland|Tasmania|South Australia|Western Australia
Northern Territory|Lombardy|Tuscany|Sicily|Sardinia|Bavaria|Catalonia|Andalusia|Kurdistan
Crimea|Punjab|Kashmir|Tibet|Xinjiang|Gaza|West Bank|Chechnya|Flanders|Wallonia
London|Paris|Berlin|Rome|Madrid|Moscow|Beijing|Shanghai|Tokyo|Seoul|Pyongyang|Delhi|New Delhi
Mumbai|Karachi|Islamabad|Kabul|Tehran|Baghdad|Damascus|Beirut|Jerusalem|Tel Aviv|Cairo
Riyadh|Dubai|Istanbul|Ankara|Athens|Vienna|Brussels|Amsterdam|Geneva|Zurich|Stockholm|Oslo
Copenhagen|Helsinki|Warsaw|Prague|Budapest|Kyiv|Kiev|Minsk|Lisbon|Dublin|Edinburgh|Manchester
Liverpool|Milan|Naples|Turin|Genoa|Florence|Venice|Munich|Hamburg|Frankfurt
Barcelona|Sydney|Melbourne|Brisbane|Perth|Adelaide|Canberra|Auckland|Wellington|Toronto
Montreal|Vancouver|Ottawa|Calgary|Washington|New York City|Los Angeles|Chicago|Houston|Dallas
Seattle|Boston|Miami|Atlanta|San Francisco|Philadelphia|Detroit|Denver|Phoenix|Las Vegas
Baltimore|Pittsburgh|Cleveland|Cincinnati|Orlando
Saint Petersburg|St. Petersburg|Nairobi|Lagos|Johannesburg|Cape Town|Mexico City|Havana
Buenos Aires|Rio de Janeiro|Sao Paulo|Lima|Bogota|Caracas|Santiago|Bangkok|Hanoi|Manila
Jakarta|Kuala Lumpur|Dhaka|Kathmandu|Colombo|Taipei|Hong Kong|Macau|Osaka|Kyoto
""")

# continents, oceans and seas, regions, mountain ranges, and deserts and rivers WordNet lacks
LOCATIONS = _words("""
Europe|Asia|Africa|North America|South America|Latin America|Antarctica|Oceania|Middle East
Pacific|Atlantic|Pacific Ocean|Atlantic Ocean|Indian Ocean|Arctic|Mediterranean|Caribbean
Balkans|Scandinavia|Sahara|Himalayas|Alps|Pacific Northwest|Midwest|Gulf|Persian Gulf
Earth|Solar System|Milky Way|Caucasus|South Caucasus|North Caucasus
Andes|Himalaya|Rockies|Rocky Mountains|Pyrenees|Apennines|Carpathians|Urals|Ural Mountains
Dolomites|Appalachians|Atlas Mountains|Hindu Kush|Karakoram|Pamirs|Tian Shan|Lake District
Baltic Sea|North Sea|Black Sea|Red Sea|Caspian Sea|Aegean Sea|Adriatic Sea|South China Sea
Cévennes|Tatras|Eifel|Camargue|Negev|Namib|Rhine|Seine|Douro|Guadalquivir|Indus|Yenisei|Salzach
Drava|Tisza|Vltava|Prut|Dniester|Neman|Daugava|Glomma
""")

GPES = COUNTRIES | US_STATES | PLACES

# Large islands that are no state or province of their own name ("Java", "Borneo"); their
# compass parts are provinces ("Central Java", "North Sulawesi")
ISLANDS = _words("""
Java|Borneo|Sumatra|Sulawesi|Mindanao|Luzon|Visayas|Kyushu|Honshu|Shikoku|Halmahera|New Guinea
Hispaniola|Vancouver Island|Baffin Island|Ellesmere Island|Funen
""")

# Historical and natural regions that no state, province or county of the same name governs
# ("farmers in Transylvania"); their compass parts may be provinces ("South Darfur")
REGIONS_UNGOVERNED = _words("""
Transylvania|Wallachia|Moldavia|Bukovina|Bessarabia|Banat|Dobruja|Dobrogea|Oltenia|Muntenia
Bohemia|Moravia|Silesia|Lusatia|Pomerania|Masuria|Kashubia|Volhynia|Podolia|Podillia|Polesia
Polesie|Donbas|Dalmatia|Slavonia|Thrace|Anatolia|Latgale|Kurzeme|Vidzeme|Zemgale|Samogitia
Aukštaitija|Dzūkija|Courland|Livonia|Norrland|Jutland|Provence|Gascony|Franconia
Rhineland|Salento|Cilento|Siberia|Manchuria|Mesopotamia|Levant|Deccan|Konkan|Malabar
Vidarbha|Marathwada|Mithila|Bundelkhand|Awadh|Terai|Dzungaria|Transoxiana|Sistan|Kalimantan
Darfur|Kordofan|Nubia|Fezzan|Cyrenaica|Tripolitania|Maghreb|Casamance|Ogaden|Zululand
Ovamboland|Barotseland|Patagonia|Amazonia|Agreste|Sertão|Pantanal|Mosquitia
Newfoundland|Arnhem Land|Outback|Karoo|Klein Karoo|Great Karoo|Okavango|Sundarbans|Altiplano
Pampas|Highveld|Lowveld|Bushveld|Ziban|Mzab|Tihama|Taklamakan|Caatinga
""")

NORP_WORDS = _words("""
Azeri|Beninese|Bruneian|Chadian|Druze|Emirati|Fijian|Filipina|Gabonese|Guinean|Herzegovinian|Khmer
Kosovan|Lao|Luxembourger|Malawian|Malian|Mauritian|Micronesian|Mozambican|Namibian|Nigerien
Palauan|Papuan|Sinhalese|Slovene|Swazi|Tibetan|Tobagonian|Togolese|Vanuatuan
Djiboutian|Comorian|Seychellois|Nauruan|Tuvaluan|Marshallese|Maldivian|Burundian|Gambian|Sahrawi
Cabo Verdean|Cape Verdean|South Sudanese|Equatoguinean|Equatorial Guinean|I-Kiribati|Amazigh
Berber|Tuareg|Bedouin|Fulani|Maasai|Hazara|Saint Lucian|St Lucian|Kittitian|Nevisian|Vincentian
Santomean|Bissau-Guinean|Central African
Tongan|Andorran|Basotho|Mosotho|Timorese|Samoan|Malagasy|Liberian|Grenadian|Ivorian|Burkinabè
Burkinabe|Bahraini|Motswana|Batswana|Mauritanian|Bhutanese|Nepali|Kyrgyz|Turkmen|Montenegrin
Kosovar|Macedonian|Luxembourgish|Monegasque|Faroese|Greenlandic|Ni-Vanuatu|Surinamese|Guyanese
Dominican|Bajan|Sammarinese|Liechtensteiner|Tyrolean|Andalusian|Corsican|Sardinian|Inuit
Yoruba|Igbo|Hausa|Zulu|Xhosa|Catalan|Basque|Galician|Punjabi|Bengali|Gujarati
Nabataean|Aztec|Inca|Moche|Austro-Hungarian|Habsburg|Byzantine|Nordic|Andean|Balkan
Roman|Etruscan|Phoenician|Carthaginian|Minoan|Mycenaean|Sumerian|Babylonian|Assyrian|Hittite
Thracian|Dacian|Illyrian|Celtic|Moorish|Mughal|Umayyad|Abbasid|Fatimid|Seljuk|Visigothic
Belizean|Salvadoran|Trinidadian|Barbadian|Bahamian|Costa Rican|Puerto Rican|Papua New Guinean
Afghan|Albanian|Algerian|American|Angolan|Argentine|Argentinian|Armenian|Australian|Austrian
Azerbaijani|Bangladeshi|Belarusian|Belgian|Bolivian|Bosnian|Brazilian|British|Bulgarian
Burmese|Cambodian|Cameroonian|Canadian|Chilean|Chinese|Colombian|Congolese|Croatian|Cuban
Cypriot|Czech|Danish|Dutch|Ecuadorian|Egyptian|English|Eritrean|Estonian|Ethiopian|Filipino
Finnish|French|Georgian|German|Ghanaian|Greek|Guatemalan|Haitian|Honduran|Hungarian|Icelandic
Indian|Indonesian|Iranian|Iraqi|Irish|Israeli|Italian|Jamaican|Japanese|Jordanian|Kazakh
Kenyan|Korean|North Korean|South Korean|Kuwaiti|Kurdish|Laotian|Latvian|Lebanese|Libyan
Lithuanian|Malaysian|Maltese|Mexican|Moldovan|Mongolian|Moroccan|Nepalese|New Zealander
Nicaraguan|Nigerian|Norwegian|Omani|Pakistani|Palestinian|Panamanian|Paraguayan|Peruvian
Polish|Portuguese|Qatari|Romanian|Russian|Rwandan|Saudi|Scottish|Senegalese|Serbian|Singaporean
Slovak|Slovenian|Somali|Spanish|Sri Lankan|Sudanese|Swedish|Swiss|Syrian|Taiwanese|Tajik
Tanzanian|Thai|Tunisian|Turkish|Ugandan|Ukrainian|Uruguayan|Uzbek|Venezuelan|Vietnamese|Welsh
Yemeni|Zambian|Zimbabwean|African|Asian|European|Arab|Arabian|Latin American|Latino|Hispanic
Scandinavian|Persian|Kurd|Pashtun|Tamil|Sikh|Hindu|Muslim|Islamic|Christian|Catholic
Protestant|Orthodox|Jewish|Jew|Buddhist|Mormon|Evangelical|Sunni|Shia|Shiite|Scientologist
Scientology|Republican|Democrat|Democratic|Conservative|Liberal|Socialist|Communist|Labour
Tory|Green|New Democrat|Texan|Californian|Floridian|Quebecer|Rohingya|Uighur|Uyghur|Maori
Aboriginal|Indigenous|Roman Catholic|Anglican|Methodist|Baptist|Lutheran|Presbyterian|Hutu|Tutsi
Soviet|Yugoslav|Ottoman|Garifuna|Kalenjin|Kikuyu|Philippine
Serb|Croat|Pole|Swede|Dane|Finn|Scot|Brit|Briton|Turk|Greek Cypriot|Bavarian|Sicilian|Flemish
Walloon
Shuar|Achuar|Kichwa|Quechua|Aymara|Mapuche|Guaraní|Guarani|Wayuu|Emberá|Sámi|Atacameño|Diaguita
Yanomami|Kayapó|Munduruku|Miskito|Kaqchikel|Mayan|Nahua|Mixtec|Zapotec|Tzotzil|Purépecha|Yaqui
Navajo|Cherokee|Lakota|Ojibwe|Métis|Acadian|Amhara|Oromo|Tigrayan|Baloch|Sindhi|Kachin|Hmong
Dayak|Alawite|Dalmatian|Breton|Frisian|Tatar|Bashkir|Chechen|Ossetian|Abkhaz|Talysh|Merina
Betsileo|Sakalava|iTaukei|Chamorro|Ainu|Okinawan|Tswana|Ndebele|Luhya
Akan|Asante|Ewe|Fante|Fanti|Ahanta|Dagomba|Mossi|Serer|Mandinka|Bambara|Songhai|Kanuri|Kabyle
Efik|Ijaw|Himba|Ovambo|Nuer|Dinka|Manchu|Tujia|Mizo|Khasi|Santhal|Bhil|Akha|Lahu|Lisu
Jarai|Bahnar|Iban|Bidayuh|Kadazan|Bajau|Tausug|Igorot|Lumad|Kayapo|Tikuna|Shipibo|Asháninka
Ngäbe|Wounaan|Warao|Wayana|Macuxi|Wapichana|Huilliche|Yazidi|Circassian|Ingush|Nenets|Buryat
Kalmyk|Tamang|Tharu
""")

LANGUAGES = _words("""
English|French|Spanish|Portuguese|German|Italian|Dutch|Russian|Ukrainian|Polish|Czech|Greek
Turkish|Arabic|Hebrew|Persian|Farsi|Urdu|Hindi|Bengali|Punjabi|Tamil|Telugu|Marathi|Gujarati
Chinese|Mandarin|Cantonese|Japanese|Korean|Vietnamese|Thai|Malay|Indonesian|Tagalog|Filipino
Swahili|Amharic|Somali|Yoruba|Igbo|Hausa|Zulu|isiZulu|Xhosa|isiXhosa|Afrikaans|Sesotho|Shona
Swedish|Norwegian|Danish|Finnish|Icelandic|Hungarian|Romanian|Bulgarian|Serbian|Croatian
Albanian|Catalan|Basque|Galician|Welsh|Irish|Gaelic|Latin|Sanskrit|Esperanto|Kurdish|Pashto
Dari|Nepali|Sinhala|Burmese|Khmer|Lao|Mongolian|Kazakh|Uzbek|Georgian|Armenian|Maori|Quechua
Kiswahili|Kinyarwanda|Kirundi|Setswana|Chichewa|Luganda|Lingala|Kikongo|Tshiluba|Wolof|Fulfulde
Sango|Krio|Tok Pisin|Bislama|Papiamento|Papiamentu|Sranan|Tetum|Tetun|Kituba|Darija|Hassaniya
Nahuatl|Mapudungun|Chavacano|Ge'ez|Ge’ez|Tigrinya|Oromo|Afaan Oromoo|Tigre|Syriac|Coptic
Estonian|Latvian|Lithuanian|Slovak|Slovenian|Bosnian|Macedonian|Belarusian|Azerbaijani|Kyrgyz
Tajik|Turkmen|Faroese|Breton|Maltese|Luxembourgish|Romansh|Livonian|Malagasy|Samoan|Tongan
Fijian|Māori|Kalmyk|Kannada|Malayalam|Odia|Konkani|Maithili|Bhojpuri|Dogri|Awadhi|Yiddish|Ladino
Tamazight|Twi|Gikuyu|Dholuo|Xitsonga|Tshivenda|Runyankole|Lusoga|Dzongkha|Hokkien|Cebuano
Hiligaynon
""")

TITLES = _words("""
Mr|Mr.|Mrs|Mrs.|Ms|Ms.|Miss|Dr|Dr.|Prof|Prof.|Professor|Sir|Dame|Lord|Lady|President|Vice
Prime|Minister|Premier|Chancellor|Governor|Senator|Sen.|Rep.|Representative|Congressman
Congresswoman|Mayor|King|Queen|Prince|Princess|Pope|Cardinal|Bishop|Archbishop|Father|Rev.
Reverend|Rabbi|Imam|Mufti|Sheikh|Ayatollah|Grand|General|Gen.|Colonel|Col.|Major|Maj.|Captain|Capt.
Lieutenant|Lt.|Sergeant|Sgt.|Admiral|Commander|Officer|Detective|Judge|Justice|Chief|Deputy
Secretary|Undersecretary|Ambassador|Administrator|Director|Chairman|Chairwoman|Chair|CEO
Coach|Manager|Striker|Defender|Midfielder|Goalkeeper|Agent|Inspector|Constable|Speaker|Leader
MP|MPP|MEP|Leader|Superintendent|Commissioner|Councillor|Councilor|Spokesman|Spokeswoman
Spokesperson
Emperor|Sultan|Emir|Crown|Supreme|Dean|Principal|Coach|Pastor|Sister|Brother|Aunty|Auntie|Uncle
Aunt|Aum
Author|Actor|Actress|Writer|Novelist|Singer|Artist|Journalist|Reporter|Lawyer|Attorney|Analyst
Economist|Scientist|Researcher|Referee|Striker|Rapper|Comedian|Chef|Activist|Designer
Prosecutor|Sheriff|Magistrate|Coroner|Barrister|Solicitor|Alderman|Councilman|Councilwoman
Trooper|Corporal|Cpl.|Marshal|Warden|Gov.|Gov|Supt.|Insp.|Det.|Const.|Sgt|Lt|Capt|Col|Gen
Supervisor|Delegate|Trustee|Assemblyman|Assemblywoman|Assemblymember|Selectman|Selectwoman
Commodore|Brigadier|Vice-Admiral|Rear-Admiral|Field-Marshal|Ensign|Private|Pvt.
Independent|Incumbent|Outgoing
Guard|Winger|Playmaker|Centre-back|Fly-half|Scrum-half|Quarterback|Pitcher|Jockey
Shortstop|Catcher|Batter|Bowler|Wicketkeeper|Opener|Goalkeeper|Defender|Midfielder|Wing
Sprinter|Full-back|Fullback
Ani|Lama|Lopen|Dasho|Venerable|Ven.|Swami|Pandit|Shri|Guru|Bhikkhu|Ustaz|Haji|Hajji|Alhaji|Datuk
Dato|Tun|Oba|U|Daw|Phra|Ajahn|Ajarn|Ratu|Deemster|Bailiff|Regent
Engr|Engr.|Atty|Atty.|Arbiter|MEC|Advocate|Adv.|Alhaja|Hajiya|Hajia|Mallam
Mzee|Omukama|Kabaka|Omugabe|Mwami|Togbe|Cllr|Cllr.|Counsellor|Opanin|Maître|Hadj|Hadji|Hadja
Madam|Cathaoirleach|Taoiseach|Tánaiste|Alhadji|Alhaj|Kru|Mang|Aling|Doc|Nanan|Clr|Clr.|Elhadj|Elhadji
Datu|Mawlawi|Maulvi|Maulana|Mawlana|Mestre|Mestra|Qari|Drangpon
Ato|Woizero|Weyzero|Memhir|Obbo|Aadde|Abune|Ranger|Soba|Kgosi|Ustad|Ustadh|Fundi|Toshao
Aba|Abuna|Qes|Kes|Liqe|Dah
Hajja|Hagg|Hagga|Oknha|Resident|Ña|Ño|Panglima|Doña|Haja|Thierno|Cerno|Cr|Cr.|Kamnan|Phuyaiban
Haj|Hajj|Hadjé|Hadje|Eng.|Dona
""")
# titles that are also parts of names after a given name: "Abdullahi Sheikh Aden Mursal",
# "Mohamed Haji Ibrahim", "Abu Syed Rahman"
NAME_TITLES = frozenset("Sheikh Shaikh Haji Hajji Syed Sayed Sayyid".split())

# Abbreviated parts of names that keep their full stop: "Ma. Teresa Lagrosa", "Mohd. Arif", "Moh.
# Nasrun Lanasi" (Muhammad, as Indonesians abbreviate it), "Juan Dela Cruz Sr."
NAME_ABBREVIATIONS = _words("Ma.|Mohd.|Muhd.|Moh.|Muh.|Wm.|Jas.|Chas.|Thos.|Geo.|Sr.|Ts.|Ch.|Kh."
                            "|Zh.")

# Titles that also open places' names ("Phra Nakhon", a district of Bangkok)
PLACE_TITLES = frozenset({"Phra", "Ratu", "Datu"})  # "Datu Piang", a town in Maguindanao

# Roles written in lower case before a person's name: "actor Tom Cruise", "referee Joel Aguilar".
ROLE_WORDS = _words("""
actor|actress|author|writer|novelist|poet|singer|rapper|musician|artist|painter|director|producer
journalist|reporter|editor|columnist|photographer|presenter|host|comedian|chef|designer|architect
captain|coach|manager|striker|forward|defender|midfielder|goalkeeper|keeper|winger|referee
player|star|champion|athlete|runner|driver|boxer|sprinter|swimmer|wrestler|cyclist|jockey
winner|teenager|coordinator|organiser|organizer|curator|chairperson|president|minister|senator
governor|mayor
premier|chancellor|spokesman|spokeswoman|spokesperson|chairman|chairwoman|secretary|leader
commander|prosecutor|judge|lawyer|attorney|professor|researcher|scientist|analyst|economist
pastor|priest|bishop|rabbi|imam|sheriff|detective|officer|inspector|administrator|envoy
ambassador|candidate|founder|teacher|student|doctor|nurse|surgeon|engineer|activist|campaigner
wife|husband|son|daughter|father|mother|brother|sister|uncle|aunt|cousin|grandfather|grandmother
boss|owner|executive|chief|deputy|adviser|advisor|aide|colleague|undersecretary|councillor
supervisor|worker|builder|barrister|solicitor|defendant|witness|victim|neighbour|neighbor|farmer
resident|trader|dealer|landlord|tenant|partner|widow|pensioner|patient|passenger|pilot|survivor
operator|mechanic|technician|labourer|laborer|miner|fisherman|cleaner|guard|clerk|cashier|waiter
waitress|baker|butcher|shopkeeper|vendor|porter|firefighter|paramedic|midwife|surgeon|dentist
pharmacist|vet|veterinarian|physician|psychologist|psychiatrist|therapist|counsellor|counselor
consultant|accountant|banker|broker|investor|entrepreneur|shareholder|customer|client|buyer
seller|bookseller|librarian|curator|historian|archaeologist|biologist|chemist|physicist
geologist|ecologist|epidemiologist|virologist|oncologist|paediatrician|pediatrician|mother
lawmaker|legislator|parliamentarian|congressman|congresswoman|councilman|councilwoman
diplomat|negotiator|mediator|rescuer|organiser|organizer|protester|critic|counsel|coordinator
treasurer|registrar|ombudsman|auditor|rector|superintendent|commissioner|secretary-general
headman|headwoman|chieftain|arbiter|elder|kaumātua|kaumatua|kuia|regent|bupati|camat|toshao
king|queen|emperor|empress|pharaoh|sultan|prince|princess|philosopher|saint|warlord|monk|nun
""")

# Endings of nouns for a person's trade: "oncologist", "technician".
PERSON_SUFFIXES = ("ologist", "ician", "iatrist", "ographer", "stress", "man", "keeper", "monger")

# Common nouns that say what the name next to them is: "the regional daily La Voce del Sannio",
# "Forward Molise, the centre-right list of ...", "the Civic Pact alliance" (after the name:
# only the political ones, since "the Brazil team" and "the London club" name places).
ORG_CLASSIFIERS = _words("""
newspaper|daily|weekly|tabloid|paper|broadcaster|network|channel|magazine|outlet|website|agency
party|list|alliance|coalition|bloc|movement|faction|company|firm|group|carrier|airline|bank
lender|insurer|retailer|supermarket|chain|manufacturer|maker|carmaker|automaker|developer
startup|start-up|charity|club|team|union|band|publisher|regulator|watchdog|conglomerate
operator|utility|supplier|producer|label|studio|broadcasters|newspapers|parties|companies
federation|association|organisation|organization|body|authority|ministry|department|institute
foundation|trust|council|committee|commission|board|ngo|school|university|hospital|museum
brokerage|consultancy|exchange|fund|contractor|builder|distributor|consortium|wholesaler|exporter
journal|journals
importer|shop|store|bakery|brewery|winery|distillery|cooperative|co-operative|cannery|government
society|crew|squad|side|orchestra|choir|ensemble|troupe
""")
ORG_CLASSIFIERS_AFTER = _words("""
party|alliance|coalition|bloc|movement|faction|federation|confederation|union|company|firm|group
organisation|organization|association|council|foundation|cooperative|co-operative
""")

# Words of a minister's portfolio: "Minister of Water and Forests", "for Local Government".
PORTFOLIOS = _words("""
Water|Waters|Forests|Forestry|Education|Health|Finance|Justice|Interior|Defence|Defense|Agriculture
Energy|Environment|Trade|Industry|Labour|Labor|Tourism|Culture|Sport|Sports|Transport|Foreign
Affairs|Economy|Planning|Mines|Mining|Fisheries|Housing|Youth|Women|Lands|Works|Communications
Information|Science|Technology|Research|Innovation|Development|Government|Security|Commerce
Infrastructure|Welfare|Employment|Family|Children|Immigration|Home|Public|Local|Social|Higher
Rural|Urban|Regional|National|International|Relations|Services|Resources|Natural|Climate|Change
Human|Resource|Rights|Training|Vocational|Skills|Gender|Equality|Heritage|Arts|Media|Digital
Prosecutions
""")

# Words after which an "of"/"for" phrase is part of a title: "Minister of Education".
TITLE_OF_HEADS = _words(
    "Minister|Ministers|Secretary|Undersecretary|Under-Secretary|Minister-President")

ORG_HEADS = _words("""
University|College|School|Academy|Institute|Institution|Museum|Planetarium|Aquarium|Zoo|Library
Opera|Philharmonic
Gallery|Agency|Department|Ministry|Office|Bureau|Administration|Commission|Committee|Council
Conference|Congress|Parliament|Senate|Assembly|Court|Tribunal|Board|Authority|Service|Services
Church|Party|Union|Association|Federation|League|Club|Society|Foundation|Trust|Fund|Bank
Diocese|Archdiocese|Government|Duma|Rada|Sejm|Seimas|Saeima|Majlis|Khural|Jirga|Kurultai|Sobranie
Company|Corporation|Corp|Corp.|Inc|Inc.|Ltd|Ltd.|LLC|Group|Holdings|Airlines|Airways|Motors
Times|Post|News|Herald|Journal|Magazine|Gazette|Tribune|Telegraph|Guardian|Observer|Review
Press|Radio|Television|TV|Network|Army|Navy|Police|Constabulary|Guard|Corps|Forces|Force|Org
Organisation|Organization|Program|Programme|Team|Band|Orchestra|Hospital|Clinic|Centre
Network|Studios|Records|Labs|Laboratory|Laboratories|Coalition|Alliance|Movement|Front|Brigade
Network|Standards|Relations|Register|District|Institutes|Angels|Times|Weekly|Daily|Monthly
Courier|Chronicle|Inquirer|Globe|Bulletin|Dispatch|Examiner|Sentinel|Advertiser|Argus|Mercury
Exchange|Collective|Cooperative|Syndicate|Guild|Consortium|Secretariat|Directorate|Inspectorate
Superintendency|Superintendence|Commissariat
Forum|Chamber|Chambers|Drummers|Singers|Dancers|Players|Guardians|Initiative|Clube
Samity|Samiti|Sangh|Sabha|Parishad|Métropole|Agglo|Thromde|Vishwavidyalaya|Mahavidyalaya|Vidyapeeth
Seafood|Minerals|Imports|Importers|Studio|Works|Boatworks|Buses
""")

# Last words of teams' names, which stand for the team alone too ("the Sharks" of "Gros Islet
# Sharks")
TEAM_TAILS = _words("""
Pioneers|Warriors|Lions|Tigers|Eagles|Hornets|Wolves|Dolphins|Sharks|Hawks|Falcons|Jaguars
Panthers|Leopards|Cobras|Stallions|Titans|Cutlasses|Hornbills|Bears|Bulls|Rhinos|Buffaloes
Crocodiles|Knights|Giants|Raiders|Spartans|Gladiators|Vikings|Pirates|Marlins|Barracudas|Condors
Cheetahs|Bulldogs|Mustangs|Broncos|Cougars|Gems|Queens|Rockets|Stingers|Strikers|Stars
Dragons|Flames|Blazers|Jets|Comets|Rebels|Royals|Chiefs|Braves|Starlets|Ladies
""")
ORG_HEADS |= TEAM_TAILS

# Last words of clubs' names: "Shwe Irrawaddy FC", "Tarvik Harbour United"
CLUB_TAILS = _words(
    "United|Rovers|Wanderers|Athletic|Albion|Rangers|FC|F.C.|AFC|Hotspur|Harriers|RFC")
ORG_HEADS |= CLUB_TAILS

# Last words of newspapers' names, which keep their "The": "The Irish Independent".
PAPERS = _words("""
Times|Post|Guardian|Telegraph|Herald|Independent|Economist|Observer|Journal|Tribune|Gazette|Globe
Mail|Sun|Star|Chronicle|Inquirer|Courier|Clarion|Monitor|Standard|Nation|Express|Mirror|Echo
Bulletin|Dispatch|Sentinel|Examiner|Advertiser|Ledger|Mercury|Voice
""")

# Last words of company names; the first word alone is the company too ("Vandermeer Group" and
# "Vandermeer"), whatever the model says of the bare word.
COMPANY_HEADS = _words("""
Therapeutics|Pharmaceuticals|Pharmaceutical|Pharma|Biotech|Logistics|Shipping|Freight|Systems|Technologies
Technology|Energy|Partners|Capital|Industries|Enterprises|Solutions|Software|Media|Fuels
Communications|Telecom|Insurance|Financial|Securities|Investments|Ventures|Railways|Rail|Consulting
Foods|Mining|Resources|Petroleum|Electric|Utilities|Robotics|Entertainment|Chemicals|Brands
Stores|Motor|Motors|Steel|Aerospace|Automotive|Bancorp|GmbH|AG|SA|PLC|plc|NV|BV|SpA|AB|ASA
Metals|Materials|Couriers|Airlines|Drones|Dynamics|Semiconductor|Semiconductors|Networks
Fintech|Tech|Appliances|Electronics|Textiles|Busser|Equities|Brokers|Associates|Advisors|Advisers
Estates|Plantations|Mills|Farms|Seafoods|Aquaculture|Supplies|Supply|Trading|Traders
Contractors|Contracting|Construction|Engineering|Footwear|Garments|Apparel|Ceramics|Plastics
Packaging|Works|Photonics|Resorts|Hotels|Paper|Pulp|Cement|Dairies|Breweries|Components
Group|Holdings|Company|Corporation|Corp|Corp.|Inc|Inc.|Ltd|Ltd.|LLC|Airlines|Airways|Air
Properties|Developments|Developers|Realty|Homes|Exports|Exporters
Cosméticos|Cosmetics|Alimentos|Bebidas|Construções|Construcciones|Investimentos|Indústrias
Serviços|Servicios|Têxtil|Textil|Agropecuária|Inženjering|Inžinjering|Gradnja|Promet
""")
ORG_HEADS = ORG_HEADS | COMPANY_HEADS
# First words of organisations' names in other languages: "Cooperativa ...", "Banco ...".
ORG_LEADS = _words("""
Cooperativa|Cooperative|Coopérative|Cooperativo|Kooperativa|Koperasi|Banco|Banca|Grupo|Gruppo
Compañía|Companhia|Instituto|Istituto|Institut|Academia
Universidad|Universidade|Università|Université|Universität|Universiti|Universitas|Uniwersytet
Univerzitet|Fundación|Fundação|Fondazione|Club|Sporting|Agrícola|Agropecuaria|Constructora
Inversiones|Industrias|Distribuidora|Observatoire|Observatorio|Observatório
Fondation|Stiftung|Partido|Partito|Parti|Ministerio|Ministério|Ministero|Ministère|Sociedad
Sociedade|Società|Associazione|Asociación|Associação|Confederación|Federación|Sindicato|Syndicat
Polizia|Policía|Polícia|Ejército|Armée|Agence|Agencia|Agenzia|Consejo|Conseil|Consiglio
Fédération|Federazione|Federação
Olympique|Sporting|Deportivo|Atlético|Atletico|Dinamo|Dynamo|Spartak|Lokomotiv|Ittihad|Nasr
Wydad|Raja|Ahly|Hilal|Chabab|Kawkab|Moghreb|Difaa|Hassania
Constructora|Inmobiliaria|Distribuidora|Editorial|Editora|Transportes|Industrias|Laboratorios
Borsa|Bolsa|Bourse|Börse|Maison|Acción|Bodegas|Parfums|Laboratoires|Éditions|Ateliers
Établissements|Cristallerie|Verrerie|Fromagerie|Brasserie|Cantina|Cantine
Stichting|Vereniging|Stiftelsen|Fundacja|Fundația|Asociația|Udruga|Udruženje|Klinikum
Krankenhaus
Lembaga|Yayasan|Perkumpulan|Dinas|Badan|Dewan|Pengadilan|Pemerintah
Hospital|Hôpital|Ospedale|Clínica|Clinica|Clinique|Maternidade|Maternidad|Maternité|Policlínica
Ingenio|Revista|Diario|Jornal|Gazeta|Gazzetta
Liga|Ligue|Lega|Destilería|Destilaria|Cervecería|Cervejaria|Minera|Mineração|Pesquera|Naviera
Aerolíneas|Corporación|Empresa|Empresas|Hidroeléctrica|Vinícola|Viña|Bodega|Agroindustrial
Agroganadera|Ganadera|Arrocera|Exportadora|Importadora|Comercializadora|Transportadora|Maderera
Tabacalera|Embotelladora|Azucarera|Lácteos|Molinos
Société|Compagnie|Groupement|Collectif|Comité|Unión|União|Caisse|Mutuelle|Régie|Chambre
Cámara|Câmara|Farmacia|Farmácia|Pharmacie|Droguería|Drogaria|Botica
""")

# First words of teams' names, which stand for the team alone too ("the Delfines" of "Delfines de
# Puerto Plata")
TEAM_LEADS = _words(
    "Tigres|Leones|Águilas|Delfines|Toros|Gigantes|Halcones|Piratas|Caimanes|Jaguares|Defensores")

# Sports clubs' designators, before or after the name: "VK Sokol Split", "Salling HK", "HC
# Kattegat Aarhus", "NK Dinamo", "Bodø/Glimt FK", "ŠK Slovan", "MFK Ružomberok" (the name's
# last word is still a city's).
CLUBS = _words("HC|HK|VK|NK|KK|RK|FK|SK|ŠK|MFK|MŠK|OFK|TJ|FC|IF|BK|BC|IK|SC|AC|CF|CD|UD|SV|VfB|"
               "VfL|TSV|BSC|SSC|KS")

# Legal forms written before a company's name: "PT Teluk Mas Nickel", "PJSC Gazprom".
LEGAL_LEADS = _words("PT|CV|JSC|PJSC|OAO|ZAO|OOO|OJSC")
LEGAL_FORMS = _words("""
Pty|Ltd|Ltd.|Limited|Inc|Inc.|Incorporated|LLC|LLP|plc|PLC|GmbH|AG|SA|S.A.|NV|N.V.|BV|SpA|S.p.A.
A/S|ApS|Oy|Ltda|Ltda.|S.A.S.|KG|OHG|mbH
AB|ASA|Oyj|KK|Co|Co.|Corp|Corp.|SE|SAS|SARL|Srl|S.r.l.|SRL|S.R.L.|Bhd|Sdn|JSC|PJSC|OJSC|CJSC
SAOG|SAOC
QSC|QPSC|WLL|SAL|Tbk|AS|SIA|UAB|OÜ|Kft|Kft.|Zrt|Zrt.|Nyrt|Nyrt.|a.s.|s.r.o.|d.o.o.|d.d.|AD|EAD|OOD
ehf.|hf.|Lda|Lda.|CC|SL|S.L.|SLU|S.L.U.
""")

# Words that make a name a natural place: "Colorado River", "Lake Victoria", "Mount Kenya".
LOC_HEADS = _words("""
River|Lake|Lakes|Mountain|Mountains|Mount|Mt.|Valley|Canyon|Creek|Wash|Bay|Sea|Ocean|Desert
Forest|Peninsula|Coast|Plateau|Basin|Glacier|Falls|Gorge|Strait|Straits|Delta|Reef|Hills
Ridge|Volcano|Gulf|Lagoon|Estuary|Marsh|Swamp|Wetlands|Rainforest|Savanna|Steppe|Beach|Beaches
Current|Land|Island|Islands|Isles|Atoll|Archipelago|Pass|Sanctuary|Cave|Caves|Cavern|Fen|Fjord
Cay|Caye|Cayes|Cays|Point|Peak|Peaks|Darya|Chhu|Tsho|Tso|Marshes|Swamps|Dunes|Highlands|Lowlands
Reservoir|Harbour|Harbor|Range|Ranges|Escarpment|Fault|Rift|Trench|Aquifer|Massif|Mudflat|Mudflats
Channel|Rock|Rocks
""")
# "Ngāti Porou", "Ngāi Tahu": a Māori iwi ("descendants of" an ancestor)
IWI_LEADS = frozenset({"Ngāti", "Ngati", "Ngāi", "Ngai"})
# First words of natural features' names: "Tsho Rolpa" (a lake), "Playa Hermosa" (a beach),
# "Cap Blanc", "Rivière des Galets", "Ras al Hadd" (a cape), "Oued Souss" (a river), "Jebel
# Marra" (a mountain), "Pulau Banding" and "Hòn Mun" (islands), "Caño Manamo" (a channel),
# "Cerro Rico", "Serra da Estrela", "Passo Rolle", "Lough Neagh"
LOC_LEADS = _words(
    "Lake|Mount|Mt.|Gulf|Cape|Wadi|River|Cordillera|Sierra|Salar|Laguna|Gua|Shatt|Punta|Tsho"
    "|Praia|Playa|Plage|Cap|Ponta|Rivière|Pico|Volcán|Lago|Bahía|Golfo|Quebrada|Arroyo"
    "|Lagoa|Baía|Ría|Caño|Cañón|Nevado|Ras|Oued|Jebel|Djebel|Pulau|Hòn|Phnom|Cerro|Serra"
    "|Serranía|Passo|Île|Lough|Loch|Llyn")
# First words of buildings' names in other languages: "Estadio Azteca", "Grand Stade de Tanger".
FAC_LEADS = _words("""
Stade|Estadio|Estádio|Stadio|Stadion|Aeropuerto|Aeroporto|Aéroport|Flughafen|Palais|Palacio
Palazzo|Castello|Puente|Ponte|Torre|Teatro|Théâtre|Cinema|Cine|Cinéma|Hotel|Piazza|Wat
Plaza|Avenida|Calle|Rua|Carrer|Avinguda|Passeig|Corso
Piața|Praça|Pont|Place|Plaça|Plac
Falaj|Qanat|Karez|Kariz|Khettara|Foggara
Parque|Paseo|Mercado
""")
# First words of cups, races, festivals and championships in other languages: "Copa
# Libertadores", "Coupe de France", "Volta a Portugal", "Maratona do Chapadão", "Festa do
# Divino", "Campeonato Uruguayo"; races: "Descenso del Infierno", "Subida al Irazú", "Traversata
# del Lagorai".
EVENT_LEADS = _words("Copa|Coupe|Coppa|Taça|Volta|Vuelta|Giro|Maratona|Maratón|Travessia|Festa"
                     "|Fiesta|Festival|Torneo|Torneio|Campeonato|Travesía|Traversata|Descenso"
                     "|Subida|Desafío|Regata|Corrida")

# Last words that make a name a place with a government: "Juniper County".
GPE_HEADS = _words("""
County|Province|Township|Parish|Borough|Prefecture|Oblast|Governorate|Shire|Territory|Canton
Region|Regency|Chiefdom|Comarca|Municipality|Krai|Okrug|Raion|Occidental|Oriental
""")

FAC_HEADS = _words("""
Stadium|Arena|Airport|Base|Station|Bridge|Tower|Towers|Building|Hall|Palace|Castle|Cathedral
Observatory|Market|Oval
Mosque|Temple|Synagogue|Street|St|Road|Rd|Avenue|Ave|Boulevard|Highway|Expressway|Freeway|Motorway|Lane
Square|Plaza|Complex|Facility|Center|Port|Dam|Canal|Tunnel|Prison|Jail|Park
Field|Gardens|Terminal|Pier|Mall|Theatre|Theater|House|Memorial|Monument|Launch|Farm
Villa|Manor|Mansion|Abbey|Chapel|Basilica|Lighthouse|Fortress|Citadel|Ground|Grounds|Cinema
Dome|Dzong|Causeway|Courthouse|Quay|Wharf|Landing|Aerodrome|Airfield|Airstrip|Heliport
Monastery|Convent|Priory|Friary|Nunnery|Shrine|Pagoda|Stupa|Embankment
Gate|Weir|Barrage|Sluice|Levee|Jetty|Mausoleum|Tomb|Necropolis|Caravanserai|Minaret|Ghat
Aqueduct|Viaduct|Straße|Strasse|Gasse|Allee|Brücke|Markt|Kremlin|Mandir|Madrasa|Madrasah
Fort|Trail|Mine|Colliery|Quarry
""")

EVENT_HEADS = _words("""
Cup|Championship|Championships|Olympics|Games|Tournament|Open|War|Summit|Festival|Election
Elections|Revolution|Crisis|Conference|Expo|Fair|Marathon|Grand Prix|Series|Battle|Massacre
Hurricane|Storm|Earthquake|Attacks|Attack|Riots|Protests|Week|Masters|Prix|Rally|Regatta
Carnival|Carnaval|Classic|Invitational|Symposium|Colloquium|Sevens|Race|Races|Competition
Contest|Challenge|Eisteddfod|Mela|Feis
""")

WORK_HEADS = _words("Study|Survey|Report|Award|Awards|Prize|Medal|Trophy|Album|Novel|Symphony")

LAW_HEADS = _words("""
Act|Law|Treaty|Constitution|Amendment|Bill|Code|Convention|Accord|Accords|Tax|Regulation|Directive
Charter|Statute|Ordinance|Decree|Protocol|Regulations
""")

PRODUCT_HEADS = _words("""
Telescope|Rover|Lander|Orbiter|Probe|Satellite|Spacecraft|Capsule|Shuttle|Rocket|Phone|Console
""")

# Ships' prefixes: "MV Ilala", "RV Polarstern", "HMS Endurance"
SHIPS = _words("MV|RV|RMS|HMS|HMAS|HMNZS|USS|FV")
PRODUCT_LEADS = _words("Space Shuttle|Shuttle|Apollo|Soyuz|Vostok|Boeing|Airbus|iPhone|Windows"
                       ) | SHIPS

# Heads that make "X of Y" a name for the place Y: "State of Texas", "Municipality of Livorno".
GPE_OF_HEADS = _words("""
State|City|Town|Village|Municipality|Province|County|Region|Republic|Kingdom|Commonwealth
Borough|Prefecture|Canton|District|Island|Islands|Emirate|Principality|Duchy|Commune
""")

# Institutional words that are names only as part of a longer name ("the Government").
GENERIC = _words("""
Government|State|States|Administration|Education|Ministry|Department|Court|Council
Cabinet|Police|Army|Navy|Church|City|Committee|Commission|Agency|Republic
Union|Party|Board|Office|Center|Centre|Museum|University|School|College|Institute|Region
Municipality|Province|County|District|Federal|National|Internet|Web|Web site|Website
Sun|Moon|God|Mass|Bible|Press|Times|Government's|Prime Minister|President|Minister|Chairman
Governor|Mayor|Senator|Administrator|Director|Secretary|Undersecretary|Group
North|South|East|West|Northern|Southern|Eastern|Western|Central|Station|Facility|Program
Crown|Honour|Honor|Parliament|AI|BC|BCE|AD|CE|B.C.|A.D.
""")

SPEECH_VERBS = _words("""
said|says|say|told|tells|added|adds|declared|declares|stated|states|stressed|stresses|explained
explains|noted|notes|announced|announces|asked|asks|replied|replies|wrote|writes|argued|argues
claimed|claims|insisted|insists|warned|warns|continued|continues|emphasized|emphasised|highlighted
reported|reports|commented|comments|remarked|remarks|tweeted|posted|admitted|acknowledged
confirmed|denied|suggested|urged|pointed|concluded|recalled|described|called|according
joked|quipped|conceded|cautioned|countered|responded|predicted|promised|vowed|pledged|complained
lamented|replied|shouted|whispered|testified
""")

# Acronyms and short names everyone knows, mapped to the name they stand for.
KNOWN_ALIASES = {
    "US": "United States", "U.S.": "United States", "USA": "United States",
    "U.S.A.": "United States", "America": "United States",
    "United States of America": "United States",
    "UK": "United Kingdom", "U.K.": "United Kingdom", "Britain": "United Kingdom",
    "Great Britain": "United Kingdom",
    "UN": "United Nations", "U.N.": "United Nations",
    "EU": "European Union", "E.U.": "European Union",
    "DPRK": "North Korea", "Democratic People's Republic of Korea": "North Korea",
    "ROK": "South Korea", "Republic of Korea": "South Korea", "Korea Republic": "South Korea",
    "USSR": "Soviet Union", "UAE": "United Arab Emirates",
    "WHO": "World Health Organization", "World Health Organisation": "World Health Organization",
    "NYC": "New York City", "LA": "Los Angeles", "L.A.": "Los Angeles",
}

# Known organisations whose short name the model often labels otherwise.
KNOWN_ORGS = _words("""
Bundestag|Bundesrat|Sejm|Knesset|Duma|Storting|Folketing|Riksdag|Eduskunta|Althing|Riigikogu
Saeima|Seimas|Oireachtas|Dáil|Seanad|Verkhovna Rada|Lok Sabha|Rajya Sabha|Majlis|Sabor|Cortes
Islamic State|NASA|FIFA|UEFA|NATO|Guardia Civil|Carabinieri|Gendarmerie|Bundeswehr|Mossad|UN|U.N.|United Nations|EU|European Union|WHO|UNESCO|UNICEF|IMF|World Bank
OPEC|FBI|CIA|NSA|BBC|CNN|CBC|ABC|NBC|CBS|Reuters|AP|AFP|Google|Facebook|Twitter|Microsoft|Apple
Amazon|YouTube|Instagram|Wikipedia|Wikinews|Red Cross|Yonhap|Xinhua|KCNA|ISNA|IRNA|Hamas|Hezbollah
Taliban|Al-Qaeda|ISIS|Interpol|Europol|Greenpeace|Amnesty International|Boeing|Airbus|Toyota
Nature|The Lancet|Lancet|Bloomberg|The Economist|Le Monde|Der Spiegel|Al Jazeera|Associated Press
""")

# Known organisations whose name is also a place's, with that place's label: the place where the
# text writes it as one ("the Amazon", "the Brazilian Amazon", "Amazon forest"; all 6 such in the
# gold data), the company otherwise ("Amazon said")
COMPANY_PLACES = {"Amazon": "LOC"}

# Feasts and festivals known by one name (those that also date things, "Easter", "Eid", are in
# DAYS_MONTHS): events, whatever the model calls them ("the Naadam", "at Nowruz")
FESTIVALS = _words("""
Nowruz|Navruz|Nauryz|Newroz|Norooz|Naadam|Nadaam|Hajj|Umrah|Songkran|Thingyan|Chuseok|Holi|Dashain
Tihar|Vesak|Onam|Pongal|Timkat|Timket|Meskel|Enkutatash|Irreecha|Gerewol|Oktoberfest|Thaipusam
Losar|Tsechu|Hogmanay|Thadingyut|Pchum Ben|Loy Krathong|Ólavsøka|Navratri|Durga Puja|Bihu|Vaisakhi
Baisakhi|Lohri|Kumbh Mela|Inti Raymi|Qingming|Obon|Hari Raya|Gawai|Kaamatan|Ashura|Mawlid|Purim
Sukkot|Yom Kippur|Rosh Hashanah|Mardi Gras|Kurban Bayram|Tet|Semana Santa|Holy Week
""")

DAYS_MONTHS = _words("""
Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June
July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov
Dec|Christmas|Easter|Ramadan|Christmas Day|Christmas Eve|Boxing Day|New Year|New Year's Day
New Year’s Day|New Year's Eve|New Year’s Eve|Good Friday|Easter Sunday|Easter Monday|Halloween
Thanksgiving|Eid|Diwali|Hanukkah|Passover
""")

# Capitalised words that start sentences and clauses but name nothing.
FUNCTION_WORDS = _words("""
The|A|An|This|That|These|Those|In|On|At|By|For|From|To|Of|With|Without|After|Before|During
Since|Until|And|But|Or|Nor|So|Yet|If|When|While|Where|Who|What|Which|Why|How|He|She|It|They|We
I|You|His|Her|Its|Their|Our|My|Your|Him|Them|Us|Me|There|Here|Then|Now|Also|However|Despite
According|As|Both|Each|Every|All|Some|Many|Most|Several|Other|Another|No|Not|One|Two|Three
Finally|Today|Tonight|Yesterday|Tomorrow|Yes|Although|Though|Because|Indeed|Meanwhile
Moreover|Still
Officials|Other|Such|Than|Under|Over|Between|Among|Into|Through|About|Against|Like|Unlike
Mr|Mrs|Ms|Dr|Do|Does|Did|Is|Are|Was|Were|Be|Has|Have|Had|Will|Would|Can|Could|Should|May
Might|Must|Let|Just|Only|Even|Please|Thank|Thanks|Oh|OK|Okay|Later|Earlier|Once|Twice|Whether
Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Thirty|Forty|Fifty|Hundred|Hundreds
Thousand|Thousands|Millions|Dozens|First|Second|Third|Last|Next|Every|Any|Few|More|Less
Around|Across|Along|Outside|Inside|Behind|Beside|Towards|Toward|Within|Throughout|Amid|Upon
""")


def _load_places(name: str) -> frozenset[str]:
    path = Path(__file__).parent / "data" / name
    lines = path.read_text(encoding="utf-8").split("\n")
    return frozenset(line for line in lines if line and not line.startswith("#"))


# Places of the world from GeoNames: weak evidence that a name is a place, since many are also
# surnames or words ("Houston", "Reading"). Cities have 15,000 people or more; regions are
# states, provinces and counties ("Molise", "Devon"); towns have 1,000 to 15,000 people.
CITIES = _load_places("cities.txt")
REGIONS = _load_places("regions.txt")
# GeoNames names a French department "Departement de la Correze": it is written "Corrèze"
REGIONS |= {m.group(1) for m in map(re.compile(
    r"Departement (?:de la |de l'|du |des |d'|de )(.+)").fullmatch, REGIONS) if m}
TOWNS = _load_places("towns.txt")
# Rivers, lakes, mountains, islands, deserts and regions (LOC), places (GPE) and peoples (NORP)
# that WordNet names and that have no other sense there: "Danube", "Galilee", "Tuareg".
WORDNET_LABELS = dict(line.split("\t")[::-1] for line in _load_places("wordnet_names.txt"))


# letters that are no base letter and an accent, which GeoNames and WordNet write plain
_UNDECOMPOSED = str.maketrans({"Đ": "D", "đ": "d", "Ð": "D", "ð": "d", "Ł": "L", "ł": "l",
                               "Ø": "O", "ø": "o", "Ħ": "H", "ħ": "h", "ı": "i", "Æ": "Ae",
                               "æ": "ae", "Œ": "Oe", "œ": "oe", "ß": "ss", "Þ": "Th", "þ": "th"})


def plain(name: str) -> str:
    """The name without its accents: "Rhône" -> "Rhone", "Đà Nẵng" -> "Da Nang"."""
    return unicodedata.normalize("NFKD", name.translate(_UNDECOMPOSED)).encode(
        "ascii", "ignore").decode()


def wordnet_label(name: str) -> str | None:
    """WordNet's label for a place or people's name, which it writes without accents."""
    return WORDNET_LABELS.get(name) or (
        None if name.isascii() else WORDNET_LABELS.get(plain(name)))


def in_gazetteer(name: str) -> bool:
    """A city or region of GeoNames (towns are left out: too many are also words or names).
    Danish and Norwegian "aa" is the older spelling of "å": "Aarhus" is GeoNames' "Århus"; and
    GeoNames writes some names without their accents: "Sidi Bel Abbès" is "Sidi Bel Abbes",
    and its apostrophes straight: "N’Djamena" is "N'Djamena"."""
    if "’" in name:
        name = name.replace("’", "'")
    if name in CITIES or name in REGIONS:
        return True
    if not name.isascii():
        bare = plain(name)
        if bare in CITIES or bare in REGIONS:
            return True
    if name.endswith(("ia", "ea")) and name[:-1] + "ya" in REGIONS:
        return True  # GeoNames writes Russian regions' "-ия" as "-iya": "Adygea" is "Adygeya"
    if "aa" not in name.lower():
        return False
    alt = name.replace("Aa", "Å").replace("aa", "å")
    return alt in CITIES or alt in REGIONS
