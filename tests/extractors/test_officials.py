"""Officials: names, titles, affiliations, aliases, in the arrangements news uses."""

import pytest

from coop_extract.extractors.officials import _clean_affil

# fmt: off
CASES = [
    # the place or the body in brackets after a titled name is its owner (not a remark)
    ("They met Vice Mayor Yue Lin (Baoding) on Monday.", ("Yue Lin", "Vice Mayor", "Baoding")),
    ("Director Wen Bo (Hebei University) spoke.", ("Wen Bo", "Director", "Hebei University")),
    ("Vice Mayor Yue Lin (left) spoke.", ("Yue Lin", "Vice Mayor", None)),
    # title before name, with a possessive place
    ("Suzhou's Party Secretary Cao Lubao led a delegation.", ("Cao Lubao", "Party Secretary", "Suzhou")),
    ("Hong Kong Chief Executive John Lee Ka-chiu wrapped up his trip.",
     ("John Lee Ka-chiu", "Chief Executive", "Hong Kong")),
    ("Macau's Secretary for Economy and Finance Tai Kin-ip arrived.",
     ("Tai Kin-ip", "Secretary for Economy and Finance", "Macau")),
    ("its deputy executive director Sophia Chong said.", ("Sophia Chong", "deputy executive director", None)),
    # apposition after the name
    ("Huang Wei, the Communist Party head of Futian district, said.",
     ("Huang Wei", "Communist Party head", "Futian district")),
    ("Ronald Tam, the chief financial officer of XtalPi, said.", ("Ronald Tam", "chief financial officer", "XtalPi")),
    ("Gu Haidong (right), executive vice mayor of Suzhou, signed.", ("Gu Haidong", "executive vice mayor", "Suzhou")),
    ("said Bernard Chan Pak-li, undersecretary for commerce and economic development.",
     ("Bernard Chan Pak-li", "undersecretary for commerce and economic development", None)),
    ("Ms Anna Berg, Undersecretary of State at the Ministry of Enterprise of Sweden, will visit.",
     ("Anna Berg", "Undersecretary of State", "Ministry of Enterprise of Sweden")),
    ("Christine Choi Yuk-lin, Hong Kong's Secretary for Education, attended.",
     ("Christine Choi Yuk-lin", "Secretary for Education", "Hong Kong")),
    ("Ms. Xiang Junling, member of the Trade Committee of the Chongqing Municipal Committee, spoke.",
     ("Xiang Junling", "member of the Trade Committee", "Chongqing Municipal Committee")),
    # title, affiliation, then the name
    ("the Chief Executive of the Hong Kong Special Administrative Region, Li Jiachao, led a delegation.",
     ("Li Jiachao", "Chief Executive", "Hong Kong Special Administrative Region")),
    ("Hong Kong's Secretary for Innovation, Technology and Industry, Sun Dong, said.",
     ("Sun Dong", "Secretary for Innovation, Technology and Industry", "Hong Kong")),
    ("unveiled by Hong Kong's Secretary for Financial Services and the Treasury, Peter Lau, "
     "on Monday.", ("Peter Lau", "Secretary for Financial Services and the Treasury", "Hong Kong")),
    # "and the" inside a portfolio, "the" before one
    ("Secretary for Financial Services and the Treasury Christine Fung Wai-lam told reporters.",
     ("Christine Fung Wai-lam", "Secretary for Financial Services and the Treasury", None)),
    ("Secretary for the Civil Service Kenneth Lo attended.",
     ("Kenneth Lo", "Secretary for the Civil Service", None)),
    # the post of a region's government, the region closed by its unit, then the name
    ("A delegation headed by Vice Governor of the People's Government of Yunnan Province Li Hua "
     "visited Macao.", ("Li Hua", "Vice Governor", "People's Government of Yunnan Province")),
    # a portfolio of two fields that opens with "Home"
    ("Secretary for Home and Youth Affairs Chan Mei-ling opened the hub.",
     ("Chan Mei-ling", "Secretary for Home and Youth Affairs", None)),
    # a desk's market opens its field; the firm, not where it works, owns the post
    ("\"Demand is back,\" said Lo Ka-wai, head of Asia rates strategy at Harbourview Securities "
     "in Hong Kong.", ("Lo Ka-wai", "head of Asia rates strategy", "Harbourview Securities")),
    # a department's field, then its region, then the holder's name
    ("She toured the fair with Deputy Director-General of the Department of Culture and Tourism "
     "of Jiangxi Province Gao Ming.",
     ("Gao Ming", "Deputy Director-General", "Department of Culture and Tourism of Jiangxi Province")),
    # the body, then the post, then the name
    ("SkyWing's founder and chairman, Zhou Ming, said.",
     ("Zhou Ming", "founder and chairman", "SkyWing")),
    ("The HKMA chief executive, Eddie Wong, said.", ("Eddie Wong", "chief executive", "HKMA")),
    ("Yunnan's Party Secretary, Wang Ning, attended.", ("Wang Ning", "Party Secretary", "Yunnan")),
    ("Its deputy director, Mr. Leong Heng Kin, said.", ("Leong Heng Kin", "deputy director", None)),
    # a lower-case post after an acronym; a name with a particle
    ("MGTO director Maria Helena de Senna Fernandes said.",
     ("Maria Helena de Senna Fernandes", "director", "MGTO")),
    # a post "of" a place before the name; a portfolio "for" before the body
    ("Vice Mayor of Wuhan Zhao Lin said the plan works.", ("Zhao Lin", "Vice Mayor", "Wuhan")),
    ("Deputy Governor of Hainan Liu Ping attended.", ("Liu Ping", "Deputy Governor", "Hainan")),
    ("said Dr Helen Ma, vice-president for research at PolyU.",
     ("Helen Ma", "vice-president for research", "PolyU")),
    # a lower-case post with its portfolio, before or after the name; "Jun" after a surname
    ("Qingdao's director of tourism, Zhang Min, welcomed the guests.",
     ("Zhang Min", "director of tourism", "Qingdao")),
    ("The chamber's commerce director, Chen Yuhang, said.", ("Chen Yuhang", "commerce director", None)),
    ("Wei Jun, director of investment at the Chongqing government, said.",
     ("Wei Jun", "director of investment", "Chongqing government")),
    # a lower-case department before "at" a body belongs to the post
    ("said Grace Lo, head of partnerships at Cyberport.", ("Grace Lo", "head of partnerships", "Cyberport")),
    # a portfolio in brackets after the post, an honorific before the name
    ("HKU Pro-Vice-Chancellor (Research) Prof. Ma Kit said.", ("Ma Kit", "Pro-Vice-Chancellor (Research)", "HKU")),
    # "leader" is a post; a given name may sound like a city
    ("the city's leader, Henry Fok Wai, flew in.", ("Henry Fok Wai", "leader", None)),
    ("He met Fujian party secretary Zhou Xiamen in Fuzhou.", ("Zhou Xiamen", "party secretary", "Fujian")),
    ("Malaysia's Deputy Prime Minister Ahmad Tan Sri said.", ("Ahmad Tan Sri", "Deputy Prime Minister", "Malaysia")),
    # the post before the comma is the post, not the honorific-like title after it
    ("Its vice-president, Professor Ho Wai Man, spoke to us.", ("Ho Wai Man", "vice-president", None)),
    # a capitalised portfolio after "of"; a post "of" a body right before the name, as
    # government translations write it
    ("Our Director-General of Trade Promotion, Karen Mak Wing-yee, spoke.",
     ("Karen Mak Wing-yee", "Director-General of Trade Promotion", None)),
    ("the Director of Tourism of Macao, Helena Lei, said.", ("Helena Lei", "Director of Tourism", "Macao")),
    ("Secretary of the CPC Dongguan Municipal Committee Liang Weidong addressed the forum.",
     ("Liang Weidong", "Secretary", "CPC Dongguan Municipal Committee")),
    # a programme's "Name, Post, Body" lines: the body after the post owns it, and an
    # unnamed organ of that body stays in the title; "In" may close a Macao name
    ("Delegation head: Ip Ka Lok, President of the Management Committee, CPTTM",
     ("Ip Ka Lok", "President of the Management Committee", "CPTTM")),
    ("Contact: Mr Chan Hoi In, Deputy Director, IPIM", ("Chan Hoi In", "Deputy Director", "IPIM")),
    ("Ms. Liang Wen, Deputy District Mayor of Hengqin, spoke.", ("Liang Wen", "Deputy District Mayor", "Hengqin")),
    # elected or appointed to a post
    ("Ms. Wong Mei Ling was re-elected as Chairwoman of the Zhuhai Women Entrepreneurs Association.",
     ("Wong Mei Ling", "Chairwoman", "Zhuhai Women Entrepreneurs Association")),
    ("After Liu Wen was named executive vice mayor of Jiangmen, exporters cheered.",
     ("Liu Wen", "executive vice mayor", "Jiangmen")),
    # a contact's post; a faculty or function "of" is the post's, the body comes after "at"
    ("Enquiries: Mr Albert Kwok, Press Officer, Tel: 2810 0000", ("Albert Kwok", "Press Officer", None)),
    ("The memorandum was signed by Professor Anna Tse, Dean of Medicine at CUHK.",
     ("Anna Tse", "Dean of Medicine", "CUHK")),
    # a post's unit in brackets is part of the post, in a signature or after a name
    ("Yours faithfully,\n\nEdmond Lau\nDeputy Director (Trade Policy)\n",
     ("Edmond Lau", "Deputy Director (Trade Policy)", None)),
    ("Please contact Ms Alice Wu, Manager (Market Development), at 2000 0000.",
     ("Alice Wu", "Manager (Market Development)", None)),
    # a level word between "the" and the post names no owner
    ("Mr Leung will meet the provincial Party Secretary, Huang Kunming, on Friday.",
     ("Huang Kunming", "Party Secretary", None)),
    # Latin-1 letters in a name; "Secretary of State" is a post
    ("The Secretary of State for Internationalization of Portugal, João Gonçalves Araújo, spoke.",
     ("João Gonçalves Araújo", "Secretary of State for Internationalization", "Portugal")),
    # a letter's signature: the name, its post, its body, one a line
    ("Yours sincerely,\n\nChan Tai Man\nPresident\nMacao Youth Chamber",
     ("Chan Tai Man", "President", "Macao Youth Chamber")),
    # Malay honorifics are no part of a name; a chief minister is a post
    ("Malaysia's Minister of Investment, Trade and Industry, Datuk Seri Tengku Zafrul Aziz, spoke.",
     ("Tengku Zafrul Aziz", "Minister of Investment, Trade and Industry", "Malaysia")),
    ("It was witnessed by Penang Chief Minister Chow Kon Yeow.", ("Chow Kon Yeow", "Chief Minister", None)),
    # a wire flash in capitals reads as in ordinary case
    ("BN 11/24 09:33 *PACT SIGNED BY FOSHAN MAYOR BAI TAO", ("Bai Tao", "Mayor", "Foshan")),
    # the market a post covers stands inside it; the firm's city is not the firm
    ("\"Deals are slower,\" said Tom Reeves, senior Asia Pacific strategist at HSBC in Singapore.",
     ("Tom Reeves", "senior Asia Pacific strategist", "HSBC")),
    # a party post, then the government post the news names the person by
    ("A delegation led by Xu Qin, Deputy Secretary of the CPC Hubei Provincial Committee and Governor "
     "of Hubei Province, arrived.", ("Xu Qin", "Governor", "Hubei Province")),
    ("Ms Chan met Li Jun, Deputy Secretary of the Hainan Provincial Committee.",
     ("Li Jun", "Deputy Secretary", "Hainan Provincial Committee")),
    # the Liaison Office's full name runs through its seat, the SAR
    ("He met Director of the Liaison Office of the Central People's Government in the Hong Kong SAR "
     "Zhou Ji.",
     ("Zhou Ji", "Director", "Liaison Office of the Central People's Government in the Hong Kong SAR")),
    # a generic owner ("deputy director of the commission", "the company's founder") is the
    # body of that kind named before it; with none named, the noun as written
    ("The Foshan Municipal Commission of Commerce said exports grew. Li Wen, deputy director "
     "of the commission, said more firms would come.",
     ("Li Wen", "deputy director", "Foshan Municipal Commission of Commerce")),
    ("Harbour Lane Foods Limited plans a second kitchen in Zhuhai. Chan Siu-ming, the "
     "company's founder, said rents were lower.", ("Chan Siu-ming", "founder", "Harbour Lane Foods Limited")),
    ("The Dongguan Municipal Bureau of Commerce hosted the fair. Zheng Hao, the bureau's "
     "deputy director, said 40 firms signed up.", ("Zheng Hao", "deputy director", "Dongguan Municipal Bureau of Commerce")),
    ("Maria Lopes, the bank's chief economist, expects slower growth in Macao.",
     ("Maria Lopes", "chief economist", "bank")),
    # a post's unit between the post and its body; an "associate" rank
    ("Tony Fok, Head, Greater China Research, Lotus Securities Limited, spoke first.",
     ("Tony Fok", "Head, Greater China Research", "Lotus Securities Limited")),
    ("Zhuhai's Associate Director of Commerce, Ho Ka-yan, opened the event.",
     ("Ho Ka-yan", "Associate Director of Commerce", "Zhuhai")),
    # "Minister of <portfolio>" before the name; an Arabic family name keeps its article
    ("They met Minister of Economy Faisal Al-Ibrahim in Riyadh.",
     ("Faisal Al-Ibrahim", "Minister of Economy", None)),
    # a profile's header: the name, then post, unit and body on one line
    ("Wendy Lau Mei-ki • 2nd\nHead, Investor Relations, Harbour Lane Foods Limited\n\n"
     "Proud of our Zhuhai team.", ("Wendy Lau Mei-ki", "Head, Investor Relations", "Harbour Lane Foods Limited")),
    # the surname He before a pinyin given name; a rank before a modified post; a field's
    # director
    ("Talks were led by provincial court vice-president He Lifeng.", ("He Lifeng", "vice-president", None)),
    ("Mr Ng Ka-lok, Principal Assistant Secretary for Transport, will retire.",
     ("Ng Ka-lok", "Principal Assistant Secretary for Transport", None)),
    ("Artistic director Wong Siu-fan chose the programme.", ("Wong Siu-fan", "Artistic director", None)),
    # a given name that is also a city, before a surname; no person before "Limited"
    ("• Ms Paris Chan, Head of Sales, Lotus Harbour Shipping Limited",
     ("Paris Chan", "Head of Sales", "Lotus Harbour Shipping Limited")),
    ("We spoke to Tony Wu, managing partner of Bayview Advisory, on Friday.",
     ("Tony Wu", "managing partner", "Bayview Advisory")),
    # a notice's field: the post, its unit, a colon and the name
    ("Enquiries: Press Unit. Head of the Press Unit: Mr Lam Chi-wai.",
     ("Lam Chi-wai", "Head", "Press Unit")),
    # disciplined services' ranks and portfolios; the body right after the name, or right
    # before the post, owns it
    ("Senior Superintendent Tam Wai-kit of the Narcotics Bureau spoke.",
     ("Tam Wai-kit", "Senior Superintendent", "Narcotics Bureau")),
    ("Zhongshan Fire Rescue Department Commander Liang Hao led the team.",
     ("Liang Hao", "Commander", "Zhongshan Fire Rescue Department")),
    ("Deputy Director of Immigration Ms Lau Suk-yi opened the hall.",
     ("Lau Suk-yi", "Deputy Director of Immigration", None)),
    ("Chief Curator Dr Ip Wing-sze chose the scrolls.", ("Ip Wing-sze", "Chief Curator", None)),
    # a list of participants: name, dash, post (with its field) and body
    ("Speakers\nKelvin Yip Ho-man — Head of Trade Finance, Lotus Harbour Bank\n\nKelvin Yip: Thanks.",
     ("Kelvin Yip Ho-man", "Head of Trade Finance", "Lotus Harbour Bank")),
    ("The clinic's Medical Director, Dr Ho Sin-yi, spoke.", ("Ho Sin-yi", "Medical Director", None)),
    ("The branch manager, Ms Lo Ka-yan, met us.", ("Lo Ka-yan", "branch manager", None)),
    # a post in a body told only in lower case, then the post held in a named one
    ("Dr Fung Ka-lok, convenor of the selection panel and dean of law at Macau Polytechnic "
     "University, spoke.", ("Fung Ka-lok", "dean of law", "Macau Polytechnic University")),
    ("Ms Wen Jie, member of the jury and president of Zhuhai Design Institute, spoke.",
     ("Wen Jie", "president", "Zhuhai Design Institute")),
    # a post's field, then a second role: the field ends at "and"; a field "and" its
    # second half stays one
    ("Dr Ho Man-yee, director of research and lead author of the study, spoke.",
     ("Ho Man-yee", "director of research", None)),
    ("Lam Siu-fai, head of research and development at Lingdong Robotics, spoke.",
     ("Lam Siu-fai", "head of research and development", "Lingdong Robotics")),
    # the body a post belongs to, without the acronym given it
    ("Ana Costa, president of the Macao Youth Council (MYC), spoke.",
     ("Ana Costa", "president", "Macao Youth Council")),
    # an invitation's guest: the name on one line, the post on the next
    ("Guest of Honour\nThe Honourable Leong Sio Pui\nSecretary for Transport and Public Works of "
     "the Macao Special Administrative Region",
     ("Leong Sio Pui", "Secretary for Transport and Public Works",
      "Macao Special Administrative Region")),
    ("Speakers\nHon Chi-keung\nChairman of the Zhuhai Youth Chamber",
     ("Hon Chi-keung", "Chairman", "Zhuhai Youth Chamber")),
    # two honorifics in a row; a title's owner never runs across a verb
    ("The minister was received by the Governor of Penang, H.E. Dato' Lim Kah Seng, at noon.",
     ("Lim Kah Seng", "Governor", "Penang")),
    # a priest's honorific, abbreviated (its full stop ends no sentence) or not
    ("MUST rector Fr. Tomas Lobo said the university would join.",
     ("Tomas Lobo", "rector", "MUST")),
    ("The principal, Fr. Tomas Vieira Lobo, said the school would join.",
     ("Tomas Vieira Lobo", "principal", None)),
    ("The seminary's dean, Father Anselmo Reis, said it would join.",
     ("Anselmo Reis", "dean", None)),
    # a letter's sign-off at its end: any name over its post; a closing is no name
    ("Dear friends,\nWe look forward to your visit.\n\nHelga Brandt\nMayor of Hamburg",
     ("Helga Brandt", "Mayor", "Hamburg")),
    ("Dear friends,\nWe look forward to your visit.\n\nKenji Sato\nChairman, Osaka Port "
     "Council\nOsaka, 3 March 2026", ("Kenji Sato", "Chairman", "Osaka Port Council")),
    # a post told of "he" or "she" in the sentence after the name
    ("The visit was led by Ms Ho Sio Lan. She is the Director of the Macao Cultural Affairs "
     "Bureau.", ("Ho Sio Lan", "Director", "Macao Cultural Affairs Bureau")),
    # an instrument's name and number is no person ("Executive Order No. 52/2026")
    ("Under Executive Order No. 52/2026, Ms Lao Wai Sze, Director of the Economic Bureau, joins.",
     ("Lao Wai Sze", "Director", "Economic Bureau")),
    # the tail of a longer name ("the Northern Ferry Link") is no person before a post
    ("Asked about the Zhuhai-Macao Northern Ferry Link (Phase 2), a spokeswoman for the "
     "Marine Department said works had begun. Mr Ip Kin Wa, Director of the department, "
     "agreed.", ("Ip Kin Wa", "Director", "Marine Department")),
    # a contact line: the post, then its body before the telephone number
    ("Enquiries: Mr Lo Chi Hang, Assistant Information Officer, Transport and Logistics "
     "Bureau (Tel: 3509 8000)",
     ("Lo Chi Hang", "Assistant Information Officer", "Transport and Logistics Bureau")),
    # a letter's signature: a unit after the post, with no body, joins the post
    ("Yours sincerely,\nWinnie Tse\nHead, Cold Chain Logistics\n",
     ("Winnie Tse", "Head, Cold Chain Logistics", None)),
    # letters after a name (credentials, honours) are neither name nor post
    ("Analyst contact\nJoanne Kwok, CFA\nSenior Director\n+852 2100 0000",
     ("Joanne Kwok", "Senior Director", None)),
    ("The guest was Dr Lam Ka-fai, SBS, JP, Chairman of the Hong Kong Export Council.",
     ("Lam Ka-fai", "Chairman", "Hong Kong Export Council")),
    # a department's field, capitalised, is the post's own ("Head of Retail Banking")
    ("Queries go to Ivy Mok, Head of Cross-border Payments, or to the desk.",
     ("Ivy Mok", "Head of Cross-border Payments", None)),
    # the verb before the name: "To re-elect X as ...", "appointed X as ..."
    ("7. To re-elect Mr. Kwan Siu Ming as an independent non-executive director",
     ("Kwan Siu Ming", "independent non-executive director", None)),
    ("The council appointed Prof. Ada Leung as Dean of the Macau Business School.",
     ("Ada Leung", "Dean", "Macau Business School")),
    # a rank joined to its post by a hyphen before the name; "then-" is no part of the post
    ("The lab tour was led by Vice-Rector Professor Lou Weng Kei.",
     ("Lou Weng Kei", "Vice-Rector", None)),
    ("The bridge was opened by then-Chief Executive Wendy Cheuk.",
     ("Wendy Cheuk", "Chief Executive", None)),
    # a family name in capitals, as Hong Kong bodies write it (the name as prose writes
    # it); a field after the post, then the body ("Director of Global Engagement of PolyU")
    ("Professor LAM Ka-wai, Dean of Science of Lingnan University, spoke.",
     ("Lam Ka-wai", "Dean of Science", "Lingnan University")),
    ("Ms HO Wing-yan, Director of Global Engagement of CityU, said so.",
     ("Ho Wing-yan", "Director of Global Engagement", "CityU")),
    # an unnamed organ of the body named after it: the organ's post, the body's
    ("It will be opened by Mr Lai Kin Fong, President of the Executive Committee of IPIM.",
     ("Lai Kin Fong", "President of the Executive Committee", "IPIM")),
    ("Ada Ho, Secretary of the Board of Directors of Harbour Bank, spoke.",
     ("Ada Ho", "Secretary of the Board of Directors", "Harbour Bank")),
    # a body's acronym in the possessive owns the post after it
    ("\u201cIt helps,\u201d said Gigi Tam, the HKPC\u2019s Deputy Executive Director.",
     ("Gigi Tam", "Deputy Executive Director", "HKPC")),
    # a place's post held by the leader of that place's delegation
    ("A Hunan provincial delegation led by Vice Governor Qin Guowen arrived.",
     ("Qin Guowen", "Vice Governor", "Hunan")),
    # a title that ends with an organ's first word takes the whole organ
    ("Lo Wai-kit, Chairman of the Board of Directors of the Macao Development Bank, spoke.",
     ("Lo Wai-kit", "Chairman of the Board of Directors", "Macao Development Bank")),
    # a firm's short name in the possessive owns the post after it
    ("Ho Ka-lun, Seaview's general manager, said so.", ("Ho Ka-lun", "general manager", "Seaview")),
    ("Pan Jie, Secretary-General of the Fuzhou Municipal Government, attended.",
     ("Pan Jie", "Secretary-General", "Fuzhou Municipal Government")),
    # a party post, "and" a government post with no "of": the second post, owned by the
    # place the first names
    ("Li Hong, Deputy Secretary of the CPC Zhaoqing Municipal Committee and Mayor, spoke.",
     ("Li Hong", "Mayor", "Zhaoqing")),
    ("Li Hong, Deputy Secretary of the Municipal Party Committee and Mayor, spoke.",
     ("Li Hong", "Mayor", None)),
    # (in small letters, the second post with its owner)
    ("Wang Jianjun, deputy secretary of the CPC Dingxi Municipal Committee and mayor of "
     "Dingxi, visited Hong Kong.", ("Wang Jianjun", "mayor", "Dingxi")),
    # the possessive owns a post that covers the place after "for"; a peer's style is no name
    ("Dame Anne Hollis, Canada's Trade Commissioner for Hong Kong, spoke.",
     ("Anne Hollis", "Trade Commissioner for Hong Kong", "Canada")),
    # an event report's speaker: the post and the body in brackets after the name
    ("Speakers: Dr Helen Kwok (Director, Lingnan Policy Forum) opened.",
     ("Helen Kwok", "Director", "Lingnan Policy Forum")),
    ("Mr Ivan Sit (Head of Trade Finance, Seaview Bank) spoke.",
     ("Ivan Sit", "Head of Trade Finance", "Seaview Bank")),
    # a headline's verb in title case ends the name
    ("Consul General Li Fang Attends Expo Opening\n\nConsul General Li Fang attended it.",
     ("Li Fang", "Consul General", None)),
    # an American post's abbreviation
    ("Lt. Gov. Dana Pruitt will lead the mission.", ("Dana Pruitt", "Lt. Gov.", None)),
    # (but a business delegation's leader holds no post of its place)
    ("A Shenzhen business delegation led by Chairman Tang Yu arrived.",
     ("Tang Yu", "Chairman", None)),
    # an envoy's post takes the place it is posted to; a possessive state or firm owns it
    ("Queensland's Trade Commissioner to North Asia, Helen Doyle, opened the stand.",
     ("Helen Doyle", "Trade Commissioner to North Asia", "Queensland")),
    ("The talks were chaired by Ambassador to Vietnam Zhou Lan.",
     ("Zhou Lan", "Ambassador to Vietnam", None)),
    ("Helen Doyle, Queensland's Trade Commissioner to North Asia, opened the stand.",
     ("Helen Doyle", "Trade Commissioner to North Asia", "Queensland")),
    ("Harbourline's Chief Executive Tony Lo said orders rose.",
     ("Tony Lo", "Chief Executive", "Harbourline")),
    # the body of a post in brackets after it
    ("Henry Cole, Parliamentary Under-Secretary (Foreign Office), replied.",
     ("Henry Cole", "Parliamentary Under-Secretary", "Foreign Office")),
    # appointments: the body that appoints owns the post; "its" post; "promoted to"
    ("Lotus Bay Holdings has appointed Sofia Reis as General Manager.",
     ("Sofia Reis", "General Manager", "Lotus Bay Holdings")),
    ("Pearl Delta Hotels Group has named Ivan Tse its Director of Sales for South China.",
     ("Ivan Tse", "Director of Sales for South China", "Pearl Delta Hotels Group")),
    ("The office said Mandy Ho had been promoted to Deputy Director.",
     ("Mandy Ho", "Deputy Director", None)),
    # a Japanese release's head in brackets after the firm's name
    ("Kobe Marine Systems Co., Ltd. (President: Yamada Taro) signed it.",
     ("Yamada Taro", "President", "Kobe Marine Systems Co., Ltd.")),
    # a Lord Mayor is a city's; a counsel's post, ranked, with its body after it
    ("The guests met Bremen Lord Mayor Karin Vogt.", ("Karin Vogt", "Lord Mayor", "Bremen")),
    ("Queries go to Mr Lam Ka-ho, Senior Government Counsel, Department of Justice.",
     ("Lam Ka-ho", "Senior Government Counsel", "Department of Justice")),
    # a government translation's "Title of the <place> SAR Name"
    ("Chief Executive of the Hong Kong SAR John Lee met them.",
     ("John Lee", "Chief Executive", "Hong Kong")),
    ("Secretary for Justice of the Macao Special Administrative Region Wong Sio Chak spoke.",
     ("Wong Sio Chak", "Secretary for Justice", "Macao")),
    # an official's résumé: the name opening "..., male, ...", the post of the career line
    # with no end (the first that is no deputy's)
    ("Li Haoran, male, Han nationality, born in May 1970 in Shantou.\n\nCareer\n"
     "2015.03-2020.06  Vice Mayor of Shantou\n2020.06-  Deputy Secretary of the CPC Meizhou "
     "Municipal Committee, Mayor of Meizhou", ("Li Haoran", "Mayor", "Meizhou")),
    ("Chen Jia, female, born in 1975; joined the Party in 1996.\n2019.11-present  Secretary of "
     "the CPC Heyuan Municipal Committee", ("Chen Jia", "Secretary", "CPC Heyuan Municipal Committee")),
    # (a head noun standing for a body named before owns nothing by itself)
    ("The College's Vice President, Ada Wong, spoke.", ("Ada Wong", "Vice President", None)),
    ("The delegation was led by the Panel's Chairman, Mr Leo Tam.",
     ("Leo Tam", "Chairman", None)),
    # a place after the titled name is the post's
    ("The seminar opened with remarks by Vice Mayor Ou Liming of Zhaoqing.",
     ("Ou Liming", "Vice Mayor", "Zhaoqing")),
    # a filing's signature fields, under the body it signs for
    ("Harbourline Ferries Holdings Limited\n\nBy: /s/ Grace Tsoi Wing-yan\nName: Grace Tsoi "
     "Wing-yan\nTitle: Chief Executive Officer\n",
     ("Grace Tsoi Wing-yan", "Chief Executive Officer", "Harbourline Ferries Holdings Limited")),
    # a post held now ("currently", "now") is the post
    ("Her successor, Ms Lo Ka Yan, currently Deputy Director of the Zhuhai office, starts "
     "in May.", ("Lo Ka Yan", "Deputy Director", "Zhuhai office")),
    # a post wrapped between its words
    ("The agreement between the two port operators was signed on Monday and witnessed by Vice\n"
     "Mayor Lam Pui of Zhongshan.", ("Lam Pui", "Vice Mayor", "Zhongshan")),
    # three spaces or more part a table's columns, never a name's words
    ("Courtesy call by Foshan Vice Mayor Li Hong     Silk scarf     Kept",
     ("Li Hong", "Vice Mayor", "Foshan")),
    # a founding post is a post, "founding" and all
    ("We thank our founding chairman, Mr Lam Tak-wing, for his work.",
     ("Lam Tak-wing", "founding chairman", None)),
    # a Western given name that is a place too, before a surname and Cantonese syllables
    ("The port's deputy chairman, Stanley Wong Chi-kin, spoke.",
     ("Stanley Wong Chi-kin", "deputy chairman", None)),
    # a shouted headline's verb ends the name before it
    ("HUIZHOU MAYOR HE PEIRAN ARRIVES IN MACAO FOR TALKS", ("He Peiran", "Mayor", "Huizhou")),
    # a month's name is a given name before a surname, where a post vouches for the person
    ("Jan Lo, vice-chairman of the Macao Chamber of Commerce, said so.",
     ("Jan Lo", "vice-chairman", "Macao Chamber of Commerce")),
    ("May Chan, director of the Hong Kong General Chamber of Commerce, spoke.",
     ("May Chan", "director", "Hong Kong General Chamber of Commerce")),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_officials_title_and_affiliation(extractor, text, expected):
    officials = extractor.extract(text).officials
    assert [(o.name, o.title, o.affiliation) for o in officials] == [expected]


def test_officials_letter_closing_over_a_post_is_no_person(extractor):
    # the sign-off reading takes any name at a letter's end, but not its closing words
    doc = extractor.extract("Thank you for your support.\n\nBest Regards\nDirector\n")
    assert [o.name for o in doc.officials] == []
    doc = extractor.extract("Thank you for your support.\n\nBest Regards\nIngrid Olsen\nDirector\n")
    assert [(o.name, o.title) for o in doc.officials] == [("Ingrid Olsen", "Director")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a record's roll: the post its heading names in the plural, or the post alone on
        # the line above a name ("THE PRESIDENT"); a public officer's post under his name
        (
            "OFFICIAL RECORD OF PROCEEDINGS\n\nMEMBERS PRESENT:\n\nTHE PRESIDENT\n"
            "THE HONOURABLE MA KWOK-WAI, GBS, JP\n\nTHE HONOURABLE LEUNG SIU-FONG, JP\n\n"
            "DR THE HONOURABLE HO CHUN-YIP\n\nPUBLIC OFFICERS ATTENDING:\n\n"
            "THE HONOURABLE WONG KA-FAI, JP\nSECRETARY FOR TRANSPORT AND LOGISTICS\n",
            [
                ("Ma Kwok-wai", "President"),
                ("Leung Siu-fong", "Member"),
                ("Ho Chun-yip", "Member"),
                ("Wong Ka-fai", "Secretary for Transport and Logistics"),
            ],
        ),
        (
            "Plenary meeting\n\nDeputies present:\nMs Lei Weng Si\nMr Chan Iek Hou\n\n"
            "Agenda\nMr Lam Sio Kei will report.\n",
            [("Lei Weng Si", "Deputy"), ("Chan Iek Hou", "Deputy")],
        ),
        # a heading that names no post in the plural lists no one
        ("Guests present:\nMs Lei Weng Si\nMr Chan Iek Hou\n", []),
    ],
)
def test_officials_roll_of_a_record(extractor, text, expected):
    officials = extractor.extract(text).officials
    assert [(o.name, o.title) for o in officials] == expected


def test_officials_post_in_the_plural_then_its_holders(extractor):
    text = (
        "The executive directors of the Company are Mr. Ng Chun Kit (Chief Executive Officer) "
        "and Ms. Yvonne Tam; the non-executive directors are Mr. Li Hongbo and Dr. Chow Ka Lun."
    )
    officials = extractor.extract(text).officials
    assert [(o.name, o.title) for o in officials] == [
        ("Ng Chun Kit", "Chief Executive Officer"),
        ("Yvonne Tam", "executive director"),
        ("Li Hongbo", "non-executive director"),
        ("Chow Ka Lun", "non-executive director"),
    ]


def test_officials_delegate_list_splits_each_post(extractor):
    text = (
        "Key delegates included Rex Chang, Director of Hong Kong's Beijing Office, Guo Wenjie, "
        "Member of the Party Leadership Group and Deputy Director of the Beijing Municipal "
        "Commerce Bureau, Judith Yu, President of the Hong Kong Chamber of Commerce in China, "
        "Amy Yuen, Deputy Director of the Hong Kong Office in Beijing, Hong Kong and Kevin Chan, "
        "North China Director for the HKTDC."
    )
    got = [(o.name, o.title) for o in extractor.extract(text).officials]
    assert got == [
        ("Rex Chang", "Director"),
        ("Guo Wenjie", "Member of the Party Leadership Group and Deputy Director"),
        ("Judith Yu", "President"),
        ("Amy Yuen", "Deputy Director"),
        ("Kevin Chan", "North China Director"),
    ]


def test_officials_later_short_forms_become_aliases(extractor):
    text = "Director Rex Chang and President Amy Yuen spoke. Mr Chang said trade grew. Yuen agreed."
    by_name = {o.name: o for o in extractor.extract(text).officials}
    assert by_name["Rex Chang"].aliases == ["Mr Chang"]
    assert by_name["Amy Yuen"].aliases == ["Yuen"]
    # a family name written in capitals is the one prose uses later
    text = "Dean Professor LEUNG Ka-lok signed. Professor Leung said the lab opens in May."
    (person,) = extractor.extract(text).officials
    assert (person.name, person.aliases) == ("Leung Ka-lok", ["LEUNG Ka-lok", "Professor Leung"])


def test_officials_ambiguous_surname_left_unattached(extractor):
    text = "Director Kevin Chan and Assistant Director Vinci Chan attended. Mr Chan said so."
    assert [o.aliases for o in extractor.extract(text).officials] == [[], []]


def test_officials_same_unique_post_is_one_person(extractor):
    text = (
        "Chief Executive Li Jiachao visited Chongqing. After taking office as chief executive, "
        "Lee Ka-chao proposed reforms."
    )
    (person,) = extractor.extract(text).officials
    assert person.name == "Li Jiachao"
    assert "Lee Ka-chao" in person.aliases


def test_officials_same_post_of_two_places_is_two_people(extractor):
    text = (
        "Chief Executive Leung Wai-man hosted the visitors. The next day they met Macao SAR "
        "Chief Executive Chan Kuok Hei."
    )
    assert [(o.name, o.aliases) for o in extractor.extract(text).officials] == [
        ("Leung Wai-man", []),
        ("Chan Kuok Hei", []),
    ]


# fmt: off
OWNER = [
    ("according to the commission's chairman, Philip Ma Ching-yeung.", ("Philip Ma Ching-yeung", "chairman")),
    ("IPIM president Vincent U said the institute would grow.", ("Vincent U", "president")),
    # a Macao given name's last syllable "I" (a pronoun "I" after a name is none)
    ("Councillor Ada Lei Cheng I will attend.", ("Ada Lei Cheng I", "Councillor")),
    ("Councillor Chan said I should go.", None),
    ("Dr John F. Lee spoke.", None),
    # (a one-letter surname may end its sentence, the full stop ending the line)
    ("Witnessed by IPIM President Vincent U.\nThe day ended.", ("Vincent U", "President")),
    ("Witnessed by IPIM President Vincent U.", ("Vincent U", "President")),
    # "Communist Party chief" is one title, not "Party chief" owned by a "Communist" body
    ("Guangxi's Communist Party chief, Liu Ning, met the visitors.", ("Liu Ning", "Communist Party chief")),
    # "our" post in a company's own report; the post held now before an honorific and name
    ("Our Chief Financial Officer, Mr Dennis Ho, joined in May.", ("Dennis Ho", "Chief Financial Officer")),
    ("The gala was hosted by the current Dean, Professor Ada Lam.", ("Ada Lam", "Dean")),
    # a university's portfolio ("for Student Affairs") is part of the post
    ("The Vice Rector for Student Affairs, Professor Tam Ka Lok, spoke.",
     ("Tam Ka Lok", "Vice Rector for Student Affairs")),
    # a judge's post
    ("Before: District Judge Martin Chu in Chambers", ("Martin Chu", "District Judge")),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), OWNER)
def test_officials_owner_title_and_one_letter_surnames(extractor, text, expected):
    officials = [(o.name, o.title) for o in extractor.extract(text).officials]
    assert officials == ([expected] if expected else [])


# fmt: off
PORTFOLIOS = [
    ("Eric Chan Kwok-ki, Chief Secretary for Administration of the HKSAR Government, attended.",
     ("Eric Chan Kwok-ki", "Chief Secretary for Administration", "HKSAR Government")),
    ("The Secretary for Social Affairs and Culture, Ms Ao Ieong U, led a delegation.",
     ("Ao Ieong U", "Secretary for Social Affairs and Culture", None)),
    # a group title ("chairman of") keeps "X of Commerce" whole: one body, not a committee in a body
    ("Lo Man Fai, chairman of the Hubei Chamber of Commerce, spoke.",
     ("Lo Man Fai", "chairman", "Hubei Chamber of Commerce")),
    # "then" dates the post to the story told; "former" is kept as written; a relative
    # clause after the owner is no part of it
    ("He met Ada Ng, then president of the Macao Chamber of Commerce, in 1999.",
     ("Ada Ng", "president", "Macao Chamber of Commerce")),
    ("Ho Wai-man, a former deputy mayor of Zhuhai who ran the port, died.",
     ("Ho Wai-man", "former deputy mayor", "Zhuhai")),
    # a description, "and", then the post
    ('"It worked," said Leung Ka-fai, a retired trader and former chairman of the Federation '
     "of Macao Industries.", ("Leung Ka-fai", "former chairman", "Federation of Macao Industries")),
    # the place before a post owns it
    ("Zhou Ping, the Zhuhai vice-mayor who led the talks, spoke.", ("Zhou Ping", "vice-mayor", "Zhuhai")),
    ("They met then Chief Executive Ho Hau-wah in 2001.", ("Ho Hau-wah", "Chief Executive", None)),
    # a meeting role in brackets after the post is no part of it
    ("Present:\nMs Ada Lo, Deputy Secretary for Transport (Co-chair)\n",
     ("Ada Lo", "Deputy Secretary for Transport", None)),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), PORTFOLIOS)
def test_officials_portfolio_then_body_and_honorific_not_in_name(extractor, text, expected):
    assert [(o.name, o.title, o.affiliation) for o in extractor.extract(text).officials] == [
        expected
    ]


# several people in one text, each with the post and body that are theirs
# fmt: off
SEVERAL = [
    # the next person's post after "and" is not the first one's
    ("It was signed by the Secretary for Transport and Logistics, Mable Chan, and Fujian "
     "vice governor Guo Ningning.",
     [("Mable Chan", "Secretary for Transport and Logistics", None),
      ("Guo Ningning", "vice governor", "Fujian")]),
    # a caption's or a speakers' list's "Name, post, Body" (a full stop ends no body)
    ("Speakers: Rita Chong, co-founder, Lumenfold Analytics; and Kelvin Iu, Assistant "
     "Director, Zhuhai Municipal Bureau of Commerce.",
     [("Rita Chong", "co-founder", "Lumenfold Analytics"),
      ("Kelvin Iu", "Assistant Director", "Zhuhai Municipal Bureau of Commerce")]),
    # a portfolio's series goes on past its commas; "the Group" of a report is its firm
    ("Tidewater Logistics Holdings Limited reported. Guangzhou Harbour Group Co., Ltd. "
     "agreed. Ms Ada Wu, Permanent Secretary for Culture, Sports and Tourism, spoke, and "
     '"We grew," said Ken Lo, Chief Financial Officer of the Group.',
     [("Ada Wu", "Permanent Secretary for Culture, Sports and Tourism", None),
      ("Ken Lo", "Chief Financial Officer", "Tidewater Logistics Holdings Limited")]),
    # "X, Post of A and Post of B Name": the posts after the comma are the next name's
    ("Macao Secretary for Administration and Justice Cheong Weng Chon, Deputy Secretary of the "
     "CPC Foshan Municipal Committee and Mayor of Foshan Bai Tao, and 300 guests attended.",
     [("Cheong Weng Chon", "Secretary for Administration and Justice", "Macao"),
      ("Bai Tao", "Mayor", "Foshan")]),
    # a place's second post after "and" is that place's too
    ("The envoys met Yunnan Party Secretary Wang Ning and Governor Li Hua in Kunming.",
     [("Wang Ning", "Party Secretary", "Yunnan"), ("Li Hua", "Governor", "Yunnan")]),
    # a fact sheet's "Manager:" field holds a company, past its bracketed seat; its chief
    # is the person
    ("Manager:   Tidewell Asset Management (Hong Kong) Limited\nTrustee:   Bayview Trustees "
     "Limited\n\nJoan Ip, Managing Director of Tidewell Asset Management, spoke.",
     [("Joan Ip", "Managing Director", "Tidewell Asset Management")]),
    # a letter's signer over "Mayor of Foshan": the post, and the place it is held in
    ("Dear colleagues, the fair was a success.\n\nLiu Wenjun\nMayor of Foshan",
     [("Liu Wenjun", "Mayor", "Foshan")]),
    # "Head of Department": a post whose unit is unnamed; a home place opens no person's
    # name ("Macao Marine" of a bureau's name)
    ("Ng Ka Ho (Head of Department, Macao Marine and Water Bureau) led the team.",
     [("Ng Ka Ho", "Head of Department", "Macao Marine and Water Bureau")]),
    ("Lei Sio Man, Head of Division at DSAMA, said the works were on time.",
     [("Lei Sio Man", "Head of Division", "DSAMA")]),
    # a unit named by its head, then its body: the post's body is both (a sentence's stop
    # is no part of it)
    ("Dr Ada Lam, Associate Professor, Faculty of Law, University of Macau, said the ruling "
     "was sound.",
     [("Ada Lam", "Associate Professor", "Faculty of Law, University of Macau")]),
    ("Contact: Ada Lam, Associate Professor, School of Design, Lingnan University.",
     [("Ada Lam", "Associate Professor", "School of Design, Lingnan University")]),
    ("The fair was a success.\n\nIp Wai Kit\nHead, Department of Civil Engineering, "
     "University of Macau",
     [("Ip Wai Kit", "Head", "Department of Civil Engineering, University of Macau")]),
    # a post's portfolio after a comma is the post's
    ("It was signed by Ms Ada Lo, Deputy Director, Trade and Industry, and Mr Wu Bin.",
     [("Ada Lo", "Deputy Director, Trade and Industry", None)]),
    # a roster's columns: the name, a wide gap, the post and its body
    ("MEMBERS\nMs Lao Pui Man        Section Chief, Macao Economic and Technological "
     "Development Bureau\nMr Guo Tianle        Deputy Director, Guangzhou Port Authority",
     [("Lao Pui Man", "Section Chief", "Macao Economic and Technological Development Bureau"),
      ("Guo Tianle", "Deputy Director", "Guangzhou Port Authority")]),
    # "Professor" is how the signer is addressed; the post is the line under the name
    ("We look forward to your views.\n\nProfessor Ada Kwok Mei-ling\nSecretary for "
     "Environment and Ecology",
     [("Ada Kwok Mei-ling", "Secretary for Environment and Ecology", None)]),
    # a members' body named with the place it serves is one body ("... Association of
    # Macao"); an organ of a place stays the place's
    ("Lau Chi-keung, chairman of the Shaanxi Association of Macao, and Ho Wing, member of "
     "the Standing Committee of Xianyang, spoke.",
     [("Lau Chi-keung", "chairman", "Shaanxi Association of Macao"),
      ("Ho Wing", "member of the Standing Committee", "Xianyang")]),
    # an approver's post alone in brackets after the name; a unit in brackets is no post
    ("Approval flow\n  [Approved] Pan Yuting (Deputy Director) 2026-11-26 11:02\n"
     "  [Approved] Qin Hao (Director) 2026-11-27 08:45\n"
     "  [Approved] Mo Lan (Finance Section) 2026-11-27 10:30\n",
     [("Pan Yuting", "Deputy Director", None), ("Qin Hao", "Director", None)]),
    # a panelist's post and its place in brackets after the name
    ('Yes,"Luo Jian (Vice Mayor of Shanwei)",2026-11-26 14:52\n',
     [("Luo Jian", "Vice Mayor", "Shanwei")]),
]

# a form's person fields and a signer's labelled line, over the post
FIELDS = [
    ("MILEAGE CLAIM\nApplicant:   Mr Tony Lam Chi-keung\nPosition:    Assistant Manager, "
     "Mainland Liaison\nUnit:        Business Services\n",
     [("Tony Lam Chi-keung", "Assistant Manager, Mainland Liaison", None)]),
    ("Checked as correct.\n\nWitnessed by: Dr Olivia Pang\nDeputy Director of Audit\n",
     [("Olivia Pang", "Deputy Director of Audit", None)]),
    # "Chair" is a post; "President of the Management Committee", a post and its organ,
    # names no body, and the body's name runs on in the line below
    ("Ms Wendy Sit\nChair of the Steering Committee\nShenzhen Futian Youth Innovation Base\n",
     [("Wendy Sit", "Chair of the Steering Committee", "Shenzhen Futian Youth Innovation Base")]),
    ("With thanks.\n\nIp Kin Wa\nPresident of the Management Committee\nMacao Trade and "
     "Investment\nPromotion Institute\n",
     [("Ip Kin Wa", "President of the Management Committee",
       "Macao Trade and Investment Promotion Institute")]),
    # a receipt's "Received by:" line; a treasurer's and a controller's posts
    ("OFFICIAL RECEIPT\n\nReceived by: Mr Leung Chi Wai, Honorary Treasurer\n",
     [("Leung Chi Wai", "Honorary Treasurer", None)]),
    ("Ms Karen Yip, Financial Controller of Harbour Foods Limited, signed the cheque.",
     [("Karen Yip", "Financial Controller", "Harbour Foods Limited")]),
    # a declaration's signers, each indented under the body signed for (two presidents of
    # two bodies are two people)
    ("Signed for and on behalf of:\n\nJiangmen Federation of Industry and Commerce\n    Mr "
     "Tang Wei, President\nMacao Industrial Association\n    Ms Lei Sio Kuan, President\n",
     [("Tang Wei", "President", "Jiangmen Federation of Industry and Commerce"),
      ("Lei Sio Kuan", "President", "Macao Industrial Association")]),
]
# fmt: on


# fmt: off
OWNERS_TOLD_BEFORE = [
    # "whose" post: the body told right before it
    ("We thank the Zhuhai Municipal Bureau of Commerce, whose Deputy Director, Ms Lok Wai "
     "Lan, arranged the visits.",
     [("Lok Wai Lan", "Deputy Director", "Zhuhai Municipal Bureau of Commerce")]),
    # "the joint laboratory's director": the body of those words named before
    ("The Joint Laboratory for Smart Ports opened in 2024. Professor Tse Ka Lok, the joint "
     "laboratory's director, said so.",
     [("Tse Ka Lok", "director", "Joint Laboratory for Smart Ports")]),
    # a post told in a clause after the name: "who worked under me as ... at ..."
    ("I recommend Mr Kelvin Lam Ka-ho, who worked under me as Research Officer at the "
     "Greater Bay Area Policy Institute until June.",
     [("Kelvin Lam Ka-ho", "Research Officer", "Greater Bay Area Policy Institute")]),
    ("Chan Tai Man served as Deputy Director of the Macao Economic Bureau until 2020.",
     [("Chan Tai Man", "Deputy Director", "Macao Economic Bureau")]),
    # "the bureau's" post: the one bureau the text names (none of two, or of none)
    ("The Zhongshan Municipal Bureau of Commerce will lead the mission, the bureau's deputy "
     "director, Ms Kwan Mei Ling, said.",
     [("Kwan Mei Ling", "deputy director", "Zhongshan Municipal Bureau of Commerce")]),
    ("The Zhuhai Bureau of Commerce and the Jiangmen Bureau of Commerce met. The bureau's "
     "director, Mr Ho Wai Man, spoke.",
     [("Ho Wai Man", "director", None)]),
    ("The mission left on Monday. The bureau's director, Mr Ho Wai Man, led it.",
     [("Ho Wai Man", "director", None)]),
    # a post that serves another post's holder is named with it
    ("Enquiries: Ms Winnie Chow, Press Secretary to the Chief Executive\n",
     [("Winnie Chow", "Press Secretary to the Chief Executive", None)]),
    # "its" unit: the unit, then the body named last before the person
    ("The University of Saint Joseph hosted the talk, where Dr Ieong Sio Man, Dean of its "
     "Faculty of Business and Law, spoke.",
     [("Ieong Sio Man", "Dean", "Faculty of Business and Law, University of Saint Joseph")]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), OWNERS_TOLD_BEFORE)
def test_officials_owner_told_before_the_post(extractor, text, expected):
    officials = extractor.extract(text).officials
    assert [(o.name, o.title, o.affiliation) for o in officials] == expected


# fmt: off
DIRECTORIES = [
    # a directory's dot leaders between a post and its holder, indented
    ("Jiangmen Foreign Affairs Office\nLeadership (as at 1 May 2026)\n\n  Director .............."
     "... Ho Jianwei\n  Deputy Director .......... Lam Siu Fong (Hong Kong and Macao "
     "affairs)\n  Deputy Director .......... Peng Lei (protocol)\n",
     [("Ho Jianwei", "Director"), ("Lam Siu Fong", "Deputy Director"),
      ("Peng Lei", "Deputy Director")]),
    # numbered business cards: the name, the post (its unit after a comma), the body
    ("Cards received\n\n1.  Mr Chow Ka Fai\n    Manager, Mainland Sales\n    Bayview Foods "
     "Limited\n\n2.  Ms Ng Wai Lan\n    Deputy Director\n    Foshan Bureau of Commerce\n",
     [("Chow Ka Fai", "Manager, Mainland Sales"), ("Ng Wai Lan", "Deputy Director")]),
]
# fmt: on


# fmt: off
TABLES_OF_PEOPLE = [
    # a header row names the columns of names, bodies and posts; bars or wide gaps split them
    ("No. | Name              | Organisation                  | Post\n"
     "1   | Ms Ivy Lok Wai Man | Zhuhai Bureau of Commerce     | Deputy Director\n"
     "2   | Mr Sam Kwan        | Hong Kong Trade Development Council | Director, Mainland\n",
     [("Ivy Lok Wai Man", "Deputy Director", "Zhuhai Bureau of Commerce"),
      ("Sam Kwan", "Director, Mainland", "Hong Kong Trade Development Council")]),
    # a table aligned by spaces: an empty last cell, a post that runs into the next column;
    # a surname in capitals is the name as prose writes it, its mentions one person's
    ("Led by Mayor Xu Guoqiang.\n\n"
     "No.  Guest            Position                                    Room    Notes\n"
     "1    XU Guoqiang      Mayor, Tongling                             Suite   VIP\n"
     "2    FENG Lili        Director, Tongling Municipal Bureau of Commerce Single\n"
     "3    GU Ming          Chairman, Tongling Nonferrous Group         Twin\n",
     [("Xu Guoqiang", "Mayor", "Tongling"),
      ("Feng Lili", "Director", "Tongling Municipal Bureau of Commerce"),
      ("Gu Ming", "Chairman", "Tongling Nonferrous Group")]),
    # a run of show's line: the body ends at the next column's gap
    ("16:15:07   V2   Remarks by Mr Feng Tao, Mayor of Tongling               Interpretation "
     "ch. 2\n", [("Feng Tao", "Mayor", "Tongling")]),
    ("Name              Position            Company\n"
     "Mr Chan Ka Ho     General Manager     Harbour Foods Limited\n",
     [("Chan Ka Ho", "General Manager", "Harbour Foods Limited")]),
    # a long line that ends with a comma goes on in the next
    ("The meeting on 3 December 2026 will be chaired jointly by Mr Tony Lau Ka-wing,\n"
     "Commissioner for Tourism, and by the deputy director of the Zhuhai bureau.\n",
     [("Tony Lau Ka-wing", "Commissioner for Tourism", None)]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), TABLES_OF_PEOPLE)
def test_officials_tables_of_people_and_lines_run_on(extractor, text, expected):
    officials = extractor.extract(text).officials
    assert [(o.name, o.title, o.affiliation) for o in officials] == expected


@pytest.mark.parametrize(("text", "expected"), DIRECTORIES)
def test_officials_directory_lines_and_numbered_cards(extractor, text, expected):
    assert [(o.name, o.title) for o in extractor.extract(text).officials] == expected


@pytest.mark.parametrize(("text", "expected"), FIELDS)
def test_officials_form_fields_and_signers_posts(extractor, text, expected):
    doc = extractor.extract(text)
    assert [(o.name, o.title, o.affiliation) for o in doc.officials] == expected
    assert "Management Committee" not in [b.name for b in doc.institutions]


@pytest.mark.parametrize(("text", "expected"), SEVERAL)
def test_officials_each_persons_own_post_and_body(extractor, text, expected):
    officials = extractor.extract(text).officials
    assert [(o.name, o.title, o.affiliation) for o in officials] == expected


def test_officials_post_before_the_next_name_is_not_the_previous_ones(extractor):
    # translated news lists "Post Name, Post Name": each post is the name's after it
    text = "Provincial Party Committee Secretary Li Wenhua, Vice Governor Zhao Lin attended."
    officials = extractor.extract(text).officials
    assert [(o.name, o.title) for o in officials] == [
        ("Li Wenhua", "Provincial Party Committee Secretary"),
        ("Zhao Lin", "Vice Governor"),
    ]


def test_officials_surname_in_capitals_is_the_same_person(extractor):
    # a delegation list writes the surname in capitals: the same person as in prose, the
    # list's form an alias and its place the post's
    text = (
        "Mayor Xu Guoqiang heads the group.\n\nName          Position\n"
        "XU Guoqiang   Mayor, Tongling\n"
    )
    (person,) = extractor.extract(text).officials
    assert (person.name, person.aliases, person.affiliation) == (
        "Xu Guoqiang",
        ["XU Guoqiang"],
        "Tongling",
    )
    assert [m.text for m in person.mentions] == ["Xu Guoqiang", "XU Guoqiang"]


def test_officials_fuller_post_wins(extractor):
    text = (
        "Secretary Ao Ieong U leads delegation\n\nThe Secretary for Social Affairs and "
        "Culture, Ms Ao Ieong U, led a Macao delegation."
    )
    (person,) = extractor.extract(text).officials
    assert person.title == "Secretary for Social Affairs and Culture"


# fmt: off
SHORT_FORMS = [
    # a short form with its post after it: the full name the story gave before it
    ("When Ho Kit-ling opened her first shop in Taipa, few expected it to last. \"It was a gamble,\" "
     "said Ho, the company's founder.", ("Ho Kit-ling", "founder", "company")),
    ("Anna Ferreira joined in 2019. Ferreira, the bank's head of research, said rates would fall.",
     ("Anna Ferreira", "head of research", "bank")),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), SHORT_FORMS)
def test_officials_short_form_appositive_names_the_full_name(extractor, text, expected):
    (person,) = extractor.extract(text).officials
    assert (person.name, person.title, person.affiliation) == expected
    assert expected[0].split()[0] in person.aliases or expected[0].split()[-1] in person.aliases


def test_officials_filing_post_defined_company_and_sign_off(extractor):
    text = (
        'Tidewell Port Holdings Limited (the "Company") announces changes.\n\n'
        "Ms. Lo Wai Man has been appointed as an executive director and Chief Financial "
        "Officer of the Company.\n\n"
        "By order of the Board\nTidewell Port Holdings Limited\nChan Siu Ming\nChairman\n"
    )
    officials = extractor.extract(text).officials
    assert [(o.name, o.title, o.affiliation) for o in officials] == [
        ("Lo Wai Man", "Chief Financial Officer", "Tidewell Port Holdings Limited"),
        ("Chan Siu Ming", "Chairman", "Tidewell Port Holdings Limited"),
    ]


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        # a bracket opened after the body and never closed (a schedule's note run on from
        # the line below) is no part of it; an acronym in brackets is the body's own
        (
            "Economic Development Bureau of the Cooperation Zone (30 min",
            "Economic Development Bureau of the Cooperation Zone",
        ),
        ("the Macao Government Tourism Office (MGTO)", "Macao Government Tourism Office"),
    ],
)
def test_officials_affiliation_cleaned(written, expected):
    assert _clean_affil(written) == expected
