"""What the name rules know: particles, titles, ordinary words, legal suffixes, Chinese names."""

from __future__ import annotations

from breakout.redaction.folding import _listed

#: Words that join a name but are not a name on their own.
PARTICLES = frozenset(
    _listed(
        "al el ul le la de da das do dos du del della der den di van von ter ten bin bint ibn "
        "ben abu abd st y e thi"
    )
)

#: Titles before a name (folded words). Personal titles also mark an unknown
#: capitalised word after them as a name (rule 5); role titles only mark parts.
PERSONAL_TITLES: frozenset[tuple[str, ...]] = frozenset(
    tuple(t.split())
    for t in (
        "mr",
        "mrs",
        "ms",
        "mx",
        "miss",
        "dr",
        "prof",
        "professor",
        "mme",
        "madame",
        "mlle",
        "m",
        "monsieur",
        "sr",
        "sra",
        "srta",
        "dra",
        "senor",
        "senora",
        "senhor",
        "senhora",
        "don",
        "dona",
        "herr",
        "frau",
        "sir",
        "h e",
        "doctor",
        "docteur",
        "doktor",
        "profesor",
        "profesora",
        "professeur",
        "г н",
        "г жа",
        "господин",
        "госпожа",
        "السيد",
        "السيده",
        "الدكتور",
        "الدكتوره",
        "الاستاذ",
        "الاستاذه",
        "د",
    )
)
ROLE_TITLES: frozenset[tuple[str, ...]] = frozenset(
    tuple(t.split())
    for t in (
        "ambassador",
        "amb",
        "ambassadeur",
        "ambassadrice",
        "embajador",
        "embajadora",
        "embaixador",
        "minister",
        "ministre",
        "ministro",
        "ministra",
        "deputy minister",
        "secretary",
        "senator",
        "mayor",
        "maire",
        "alcalde",
        "alcaldesa",
        "prefeito",
        "governor",
        "president",
        "presidente",
        "presidenta",
        "director",
        "directora",
        "directeur",
        "directrice",
        "commissioner",
        "judge",
        "justice",
        "excellency",
        "hon",
        "honourable",
        "honorable",
        "rev",
        "eng",
        "sheikh",
        "sheikha",
        "chief",
        "chair",
        "chairperson",
        "chairman",
        "chairwoman",
        "доктор",
        "профессор",
        "министр",
        "посол",
        "الوزير",
        "الوزيره",
        "الشيخ",
        "الشيخه",
        "السفير",
        "السفيره",
        "المهندس",
        "المهندسه",
    )
)
#: Titles that count in any case; the others count only when capitalised
#: ("Don Pedro", not "don a hat"), except in scripts without capitals.
_ANY_CASE_TITLES = frozenset(
    tuple(t.split()) for t in ("mr", "mrs", "ms", "mx", "dr", "prof", "mme", "mlle", "sra", "dra")
)
_TITLES = PERSONAL_TITLES | ROLE_TITLES
_TITLE_LEN = max(len(t) for t in _TITLES)
_TITLE_STARTS = frozenset(t[0] for t in _TITLES)

#: Ordinary words that are also name parts (folded). Such a part is withheld
#: only where the context says it is a name (module docstring, rule 2).
ORDINARY_WORDS = frozenset(
    _listed(
        # English
        "a an the and or but of to in on at by for with as is be he she it we me my so no do go "
        "up us if am our his her him its who may will can mark bill pat rich grant young long "
        "white black green brown gray grey king hall wood lane ward bell cook page rice price "
        "stone hill moss ray dawn summer winter sky star honey amber ruby iris lily ivy violet "
        "sage faith hope joy grace rose june april august chance case cash fox wolf bear lamb "
        "swan crane drake hawk finch bird fish wells banks fields burns cross frank earnest guy "
        "jack sterling noble strong little small short love major chase mercy patience prudence "
        "constance sunny river forest cliff glen dale vale heath marsh shore bush baker miller "
        "smith taylor carter turner mason cooper fisher hunter porter potter walker parker weaver "
        "butler day night light snow frost storm gale sun moon sow song tang pan fan ding hang "
        "ban min will angel clement constant desire prosper modest just "
        # French
        "le la les un une des du de et ou en au aux ce ces se sa son ses ma mon mes ta te tu il "
        "elle on nous vous ils que qui ne pas par pour sur dans avec est sont mai juin avril "
        "petit petite grand grande blanc blanche noir rouge vert fort bon bonne belle beau roi "
        "prince lion loup renard pierre marchand boulanger marin juste parfait aime fidele "
        "modeste salut lebrun clement "
        # Spanish, Portuguese, Italian
        "el los las una y o al con por para lo mi si ya su sus bello bella blanco rojo moreno "
        "rubio delgado alegre cruz paz luz sol mar rosa flor pastor leon lobo campo campos "
        "montes iglesias rey reyes santos cano calvo bueno leal franco dolores mercedes amparo "
        "socorro consuelo esperanza caridad pilar rocio soledad victoria fe herrero sastre "
        "castillo torre torres puente prado nieves vega lima rocha pereira oliveira costa silva "
        "um uma os as em nos nas seu sua lei cao rosso bianco piccolo conti serra "
        # German
        "der die das und oder ein eine im am zu zum mit von auf fur ist weiss schwarz klein "
        "lang kurz fuchs vogel koch meister hahn bauer jung "
        # Turkish
        "kaya demir celik yildiz deniz kara aydin "
        # Arabic (folded: alef forms unified, ta marbuta as ha, alef maqsura as ya)
        "امل نور كريم جميل سعيد فرح ورد صباح سلام عادل صالح حسن كمال جمال نبيل هدي ايمان وفاء "
        "رحمه امين فريد خالد ياسمين عمر علي منير"
    )
)

#: Words after (or before) a part that say a person is meant: "Sow said".
_SPEECH_AFTER: frozenset[tuple[str, ...]] = frozenset(
    tuple(t.split())
    for t in _listed(
        "said says say agrees agreed noted asked asks argued argues suggested suggests proposed "
        "proposes added adds explained explains warned warns insisted insists stressed stresses "
        "mentioned mentions thinks thought believes believed replied replies disagreed "
        "disagrees wants wanted recalled reminded pointed urged urges told tells wrote writes "
        "answered responded spoke speaks presented showed reported "
        "dit disait pense propose proposait souligne rappelle estime affirme demande ajoute "
        "dijo dice decia senalo senala propuso propone afirmo afirma pregunto pregunta anadio "
        "disse diz afirmou propos perguntou sagt sagte meint meinte fragt fragte "
        "сказал сказала говорит считает отметил отметила предложил предложила "
        "قال قالت يقول تقول اشار اشارت ذكر ذكرت اقترح اقترحت اكد اكدت يري تري"
    )
) | frozenset(
    tuple(t.split())
    for t in (
        "is right",
        "was right",
        "is correct",
        "a dit",
        "a raison",
        "avait raison",
        "a propose",
        "a souligne",
        "a rappele",
        "tiene razon",
        "tenia razon",
        "tem razao",
        "hat recht",
        "hakli",
        "dedi",
        "прав",
        "права",
    )
)
_SPEECH_BEFORE: frozenset[tuple[str, ...]] = frozenset(
    tuple(t.split())
    for t in (
        "said",
        "says",
        "asked",
        "dit",
        "dijo",
        "disse",
        "sagte",
        "according to",
        "selon",
        "segun",
        "laut",
        "thanks to",
        "merci a",
        "gracias a",
        "قال",
        "قالت",
        "اشار",
        "اشارت",
        "ذكر",
        "ذكرت",
        "اقترح",
        "اقترحت",
        "يري",
        "تري",
        "حسب",
        "сказал",
        "сказала",
    )
)
#: Words that may join a proper-noun phrase: "Bank of Lima".
_CONNECTORS = frozenset(_listed("of de del du des da do di la and y et for und von van dos das"))
_ARABIC_PROCLITICS = ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك")
_RUSSIAN_ENDINGS = (
    "ого",
    "ому",
    "ами",
    "ым",
    "ом",
    "ой",
    "ую",
    "ах",
    "ях",
    "ов",
    "ев",
    "а",
    "у",
    "е",
    "ы",
)
_LEGAL_SUFFIXES: tuple[tuple[str, ...], ...] = tuple(
    tuple(t.split())
    for t in (
        "ltd",
        "limited",
        "inc",
        "plc",
        "llc",
        "gmbh",
        "ag",
        "sa",
        "s a",
        "sarl",
        "srl",
        "bv",
        "nv",
        "co",
        "corp",
        "spa",
        "s p a",
        "sas",
        "ab",
    )
)
_ORG_SMALL_WORDS = frozenset(
    _listed("of and the for de du des la le el del y et und fur da do dos das di & a")
)

# Pinyin of common Chinese surnames and given-name characters (rule 3).
_SURNAMES = dict(
    pair.split(":")
    for pair in _listed(
        "李:li 王:wang 张:zhang 刘:liu 陈:chen 杨:yang 黄:huang 赵:zhao 吴:wu 周:zhou 徐:xu "
        "孙:sun 马:ma 朱:zhu 胡:hu 郭:guo 何:he 高:gao 林:lin 罗:luo 郑:zheng 梁:liang 谢:xie "
        "宋:song 唐:tang 许:xu 韩:han 冯:feng 邓:deng 曹:cao 彭:peng 曾:zeng 肖:xiao 田:tian "
        "董:dong 袁:yuan 潘:pan 于:yu 蒋:jiang 蔡:cai 余:yu 杜:du 叶:ye 程:cheng 苏:su 魏:wei "
        "吕:lu 丁:ding 任:ren 沈:shen 姚:yao 卢:lu 姜:jiang 崔:cui 钟:zhong 谭:tan 陆:lu 汪:wang "
        "范:fan 金:jin 石:shi 廖:liao 贾:jia 夏:xia 韦:wei 付:fu 方:fang 白:bai 邹:zou 孟:meng "
        "熊:xiong 秦:qin 邱:qiu 江:jiang 尹:yin 薛:xue 闫:yan 段:duan 雷:lei 侯:hou 龙:long "
        "史:shi 陶:tao 黎:li 贺:he 顾:gu 毛:mao 郝:hao 龚:gong 邵:shao 万:wan 钱:qian 严:yan "
        "覃:qin 武:wu 戴:dai 莫:mo 孔:kong 向:xiang 汤:tang 欧阳:ouyang 司马:sima 上官:shangguan "
        "诸葛:zhuge 东方:dongfang 皇甫:huangfu 慕容:murong 司徒:situ 令狐:linghu 夏侯:xiahou"
    )
)
_GIVEN = dict(
    pair.split(":")
    for pair in _listed(
        "伟:wei 芳:fang 娜:na 敏:min 静:jing 丽:li 强:qiang 磊:lei 军:jun 洋:yang 勇:yong "
        "艳:yan 杰:jie 娟:juan 涛:tao 明:ming 超:chao 秀:xiu 霞:xia 平:ping 刚:gang 桂:gui "
        "英:ying 华:hua 玉:yu 兰:lan 萍:ping 红:hong 梅:mei 琳:lin 云:yun 鹏:peng 辉:hui 宇:yu "
        "浩:hao 凯:kai 健:jian 俊:jun 帆:fan 帅:shuai 旭:xu 宁:ning 亮:liang 建:jian 国:guo "
        "东:dong 海:hai 峰:feng 波:bo 斌:bin 欣:xin 婷:ting 雪:xue 晶:jing 颖:ying 倩:qian "
        "琴:qin 慧:hui 燕:yan 玲:ling 丹:dan 晓:xiao 小:xiao 文:wen 志:zhi 春:chun 金:jin "
        "永:yong 成:cheng 林:lin 龙:long 飞:fei 瑞:rui 佳:jia 嘉:jia 思:si 雨:yu 子:zi 梓:zi "
        "涵:han 轩:xuan 怡:yi 一:yi 博:bo 晨:chen 阳:yang 昊:hao 然:ran 诗:shi 琪:qi 悦:yue "
        "欢:huan 月:yue 新:xin 喜:xi 力:li 德:de 清:qing 中:zhong 正:zheng 家:jia 和:he 安:an "
        "福:fu 生:sheng 荣:rong 宏:hong 庆:qing 光:guang 天:tian 立:li 青:qing 秋:qiu 兵:bing "
        "松:song 山:shan 仁:ren 义:yi 智:zhi 信:xin 忠:zhong 友:you 善:shan 美:mei 莉:li "
        "蕾:lei 蓉:rong 薇:wei 琦:qi 璐:lu 露:lu 瑶:yao 洁:jie 淑:shu 惠:hui 珍:zhen 珠:zhu "
        "翠:cui 凤:feng 芬:fen 芝:zhi 莲:lian 菊:ju 彤:tong 彬:bin 振:zhen 泽:ze 铭:ming "
        "鑫:xin 森:sen 昕:xin 曦:xi 熙:xi 晖:hui 耀:yao 毅:yi 睿:rui 哲:zhe 锋:feng 岩:yan "
        "江:jiang 冰:bing 伦:lun 瑜:yu 琳:lin 蕊:rui 卫:wei 红:hong 亚:ya 萌:meng 晴:qing"
    )
)
#: Honorifics written after a Chinese surname: "李先生".
_HONORIFICS = _listed(
    "先生 女士 小姐 博士 教授 老师 部长 主任 经理 院长 局长 书记 市长 大使 总 夫人 太太 同志"
)
