"""Rules of issue 24 (beyond news), as the research phase prototyped them: what a unit of a
question post, an encyclopedia article or a news text is for a reader (a courtesy formula, the
asker's question, a line announcing a list, a sentence opening with a link to the one before),
and the kind of a text from its wording alone. Used by scripts/genre_view.py (the reader's view)
and scripts/genre_cv.py (cross-validation); written to be ported to Rust as they are: every rule
works on one unit's text, folded the way src/normalize.rs folds match keys (lower case, no tone
marks, đ -> d), with phrase lists and counts, no learned weights except the kind detector's.

Nothing here reads a corpus; the phrase lists were written from reading records of the training
sets (docs/genres-lab.md says which).
"""
import math
import re
import unicodedata

# ---------------------------------------------------------------------------------------------
# Folding, as src/normalize.rs's `fold` does for match keys.


def fold(s):
    """Lower case, no tone or vowel marks, đ -> d, runs of white space as one space."""
    s = unicodedata.normalize("NFD", s.lower()).replace("đ", "d").replace("\u0111", "d")
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join(s.split())


def low(s):
    """Lower case NFC with its marks, runs of white space as one space: what the phrase lists
    match ("trân trọng" is not "trận trong", "sông" is not "song", "não" is not "nào")."""
    return " ".join(unicodedata.normalize("NFC", s).lower().split())


_WORD = re.compile(r"[^\W_]+")
_CAPS_CHARS = "A-ZÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"


def words(s):
    """The folded syllables of s (letters and digits), as rouge_vi and src/terms.rs cut them."""
    return re.findall(r"[^\W_]+", fold(s))


def _phrases(*ps):
    """A regex of phrases (lower case, marks kept: matched against `low`), each matched as whole
    syllables."""
    alts = sorted({low(p) for p in ps}, key=len, reverse=True)
    return re.compile(r"(?<![^\W_])(?:" + "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in alts) + r")(?![^\W_])")


# ---------------------------------------------------------------------------------------------
# Courtesy formulas: greetings, thanks, pleas, sign-offs, signatures, anonymity labels.

# Who the asker addresses, and how the asker calls himself or herself.
ADDRESS = ["bác sĩ", "bác sỹ", "bs", "bsi", "bác", "các bác sĩ", "quý bác sĩ", "anh", "chị", "anh chị", "a/c", "a / c",
           "ad", "admin", "tư vấn viên", "chuyên gia", "thầy", "cô", "luật sư", "ls", "ban biên tập", "quý báo",
           "quý bệnh viện", "bệnh viện", "mọi người", "các bạn", "bạn"]
SELF = ["em", "cháu", "con", "tôi", "mình", "tớ", "chúng tôi", "chúng em", "gia đình em", "gia đình tôi"]
# Words that only carry politeness or emphasis inside a formula.
FILLER = ["ạ", "à", "nhé", "nha", "với", "nhiều", "rất", "lắm", "thật", "xin", "chân thành", "trân trọng", "vô cùng",
          "cho", "giúp", "giùm", "hộ", "dùm", "đỡ", "được", "sự", "của", "và", "đã", "sớm", "ơi", "dạ", "vâng",
          "thưa", "vui lòng", "làm ơn", "nha", "trước", "ah", "a", "nhất", "luôn", "thêm", "lời", "câu", "trả lời",
          "kính mong", "tình trạng", "ý kiến", "mình", "em bé",
          "thắc mắc", "này", "vấn đề", "trường hợp", "hộ", "mong", "rằng", "sẽ", "ạh", "nhiệt tình", "chúc",
          "một", "1", "ngày", "vui vẻ", "sức khỏe", "sức khoẻ", "dồi dào", "thành công", "luôn", "mạnh khỏe",
          "mạnh khoẻ", "nhận", "quan tâm", "bỏ chút thời gian", "thời gian", "đọc", "tin", "thư", "e"]
GREETING = _phrases("chào", "xin chào", "kính chào", "kính gửi", "gửi", "thưa", "kính thưa", "dạ thưa", "hi", "hello",
                    "ơi", "alo")
THANKS = _phrases("cảm ơn", "cám ơn", "cảm ơn", "thank", "thanks", "thank you", "thank & regards", "regards",
                  "best regards", "tks", "thks", "thanks a lot", "trân trọng cảm ơn", "xin cám ơn", "biết ơn")
PLEA = _phrases("mong", "rất mong", "mong muốn", "hy vọng", "hi vọng", "nhờ", "xin", "cầu cứu", "cứu", "giúp",
                "tư vấn", "giải đáp", "giải thích", "trả lời", "phản hồi", "hồi âm", "hướng dẫn", "chỉ dẫn",
                "chỉ giáo", "chỉ bảo", "lời khuyên", "khuyên", "giúp đỡ", "chia sẻ", "hỗ trợ", "cho ý kiến",
                "nhận được", "sự tư vấn", "chỉ giúp", "giải đáp thắc mắc")
SIGNOFF = _phrases("thân ái", "thân chúc", "kính thư", "chào thân ái", "best regards", "trân trọng cảm ơn",
                   "trân trọng cám ơn")
# Short sign-offs, only as a whole unit ("Thân!", "Chúc bác sĩ sức khỏe."): "thân" is also a
# kidney ("thận") once folded.
SHORT_SIGNOFF = re.compile(r"^(?:thân|thân chào|chúc .{0,40}|kính|kính thư|trân trọng|xin trân trọng|regards)$")
ANONYMOUS = _phrases("câu hỏi ẩn danh", "câu hỏi khách hàng ẩn danh", "khách hàng ẩn danh", "ẩn danh")
_FILL = _phrases(*ADDRESS, *SELF, *FILLER)

# A name as a signature: capitalized syllables, then a year or a place in brackets or after a
# comma ("Nguyễn Thị A (1991)", "Phạm Thắng, 1994", "Huỳnh Ly (Nha Trang)"), or a bare name of
# two to five capitalized syllables standing alone as a unit.
_CAP = r"[A-ZÀ-ỸĐ][^\W\d_]*"
_PLACE = _CAP + r"(?:\s+" + _CAP + r"){0,3}"
SIGNATURE_TAIL = re.compile(
    r"(?:^|\s)(?:" + _CAP + r"\s+){0,4}" + _CAP + r"\s*(?:\(\s*(?:(?:19|20)\d\d|" + _PLACE + r")\s*\)|,\s*(?:(?:19|20)\d\d|"
    + _PLACE + r"))\s*[.!]?\s*$"
)
BARE_NAME = re.compile(r"^\s*(?:" + _CAP + r"\s+){1,4}" + _CAP + r"\s*[.!]?\s*$")
# "Được giải đáp bởi ..." (an answer's credit), "Trả lời" (the answer's own label).
CREDIT = _phrases("được giải đáp bởi", "được tư vấn bởi", "trả lời bởi", "người trả lời", "bác sĩ trả lời")


# A name with a year in brackets anywhere ("… Nguyễn Văn A (1989) Chào bác sĩ. …": posts run together).
SIGNATURE_YEAR = re.compile(r"(?:" + _CAP + r"\s+){0,4}" + _CAP + r"\s*\(\s*(?:19|20)\d\d\s*\)")


def strip_signature(text):
    """The text without its signatures ("… Nguyễn Văn A (1989)" at the end, or a name with a year
    in brackets anywhere)."""
    m = SIGNATURE_TAIL.search(text)
    t = text[: m.start()] if m else text
    return SIGNATURE_YEAR.sub(" ", t)


_ADDRESS_RX = "|".join(re.escape(low(x)) for x in sorted(ADDRESS, key=len, reverse=True))
GREETING_ADDRESSED = re.compile(
    r"(?<![^\W_])(?:xin |kính |em |cháu |con |tôi |dạ |mình )?(?:chào|kính gửi|gửi|thưa|kính thưa|dạ thưa)\s+(?:"
    + _ADDRESS_RX + r")(?![^\W_])|(?<![^\W_])(?:bác sĩ|bác sỹ|bs|bác)\s+ơi|^\W*(?:hi|hello|alo)\s*[,!.]")
PLEA_VERB = re.compile(r"(?<![^\W_])(?:mong|rất mong|kính mong|nhờ|xin|hy vọng|hi vọng|cầu cứu)(?![^\W_])")
PLEA_OBJECT = re.compile(r"(?<![^\W_])(?:tư vấn|giải đáp|giúp|giúp đỡ|trả lời|phản hồi|hồi âm|hướng dẫn|chỉ dẫn|"
                         r"chỉ giáo|chỉ bảo|lời khuyên|hỗ trợ|ý kiến)(?![^\W_])")


def formula_parts(text):
    """Which courtesy formulas the unit holds: a set of 'greeting', 'thanks', 'plea', 'signoff',
    'signature', 'anonymous', 'credit'."""
    parts = set()
    t = text
    if SIGNATURE_TAIL.search(t) or BARE_NAME.match(t) or SIGNATURE_YEAR.search(t):
        parts.add("signature")
        t = strip_signature(t)
    f = low(t)
    for name, rx in (("anonymous", ANONYMOUS), ("credit", CREDIT), ("thanks", THANKS), ("signoff", SIGNOFF)):
        if rx.search(f):
            parts.add(name)
    if SHORT_SIGNOFF.match(" ".join(re.findall(r"[^\W_]+", f))):
        parts.add("signoff")
    # A greeting needs the address right after it ("Chào bác sĩ", "Thưa BS", "Bác sĩ ơi").
    if GREETING_ADDRESSED.search(f):
        parts.add("greeting")
    if PLEA_VERB.search(f) and PLEA_OBJECT.search(f):
        parts.add("plea")
    return parts


def leftover(text):
    """The unit's syllables that no formula, address or filler word accounts for."""
    f = low(strip_signature(text))
    for rx in (ANONYMOUS, CREDIT, THANKS, SIGNOFF, GREETING, PLEA, _FILL):
        f = rx.sub(" ", f)
    left = re.findall(r"[^\W_]+", f)
    return [] if SHORT_SIGNOFF.match(" ".join(left)) else left


def is_formula(text, slack=1):
    """The unit is a courtesy formula and nothing else: it holds one, and at most `slack`
    syllables are left once formulas, forms of address and filler words are taken out
    ("Mong bác sĩ tư vấn giúp em.", "Em xin chân thành cảm ơn!", "Câu hỏi ẩn danh",
    "Nguyễn Thị A (1991)"). "Mong bác sĩ tư vấn giúp em cách dùng thuốc" is not: it asks."""
    parts = formula_parts(text)
    if not parts:
        return False
    if "signature" in parts and not strip_signature(text).strip(" .!,;"):
        return True
    return len(leftover(text)) <= slack


# ---------------------------------------------------------------------------------------------
# The asker's question.

QUESTION_FORMS = _phrases(
    "cho em hỏi", "cho tôi hỏi", "cho cháu hỏi", "cho con hỏi", "cho mình hỏi", "cho hỏi", "xin hỏi", "em muốn hỏi",
    "tôi muốn hỏi", "muốn hỏi", "em hỏi", "có được không", "được không", "hay không", "có phải", "phải không",
    "đúng không", "không ạ", "chưa ạ", "có sao không", "thế nào", "như thế nào", "ra sao", "làm sao", "bao lâu",
    "bao nhiêu", "là gì", "là bị gì", "bị gì", "tại sao", "vì sao", "do đâu", "ở đâu", "khi nào", "lúc nào",
    "có nên", "nên làm gì", "phải làm gì", "làm gì", "có cần", "có ảnh hưởng", "có nguy hiểm", "có bị",
    "có thể", "liệu", "không biết", "nào", "gì không", "hay là",
)


def ends_question(text):
    t = text.rstrip(" \t\"'”’)»]")
    return t.endswith("?")


def asks_question(text):
    """A question of the asker: ends in "?", or holds a question form ("cho em hỏi", "có sao
    không", "như thế nào", "bao lâu", "là gì", …) and is not a courtesy formula."""
    if is_formula(text):
        return False
    if ends_question(text):
        return True
    f = low(strip_signature(text))
    return bool(QUESTION_FORMS.search(f)) and bool(
        re.search(r"(?<![^\W_])(?:hỏi|không|chưa|sao|nào|gì|đâu|nên|khi|liệu|bao|ạ)(?![^\W_])", f))


# ---------------------------------------------------------------------------------------------
# Coherence: a sentence that opens with a link to the one before; a line that announces a list.

LINKS = [
    "tuy nhiên", "tuy vậy", "tuy thế", "dù vậy", "mặc dù vậy", "mặc dù thế", "dẫu vậy", "do đó", "do vậy", "vì vậy",
    "vì thế", "bởi vậy", "bởi thế", "chính vì vậy", "chính vì thế", "cũng vì vậy", "cũng vì thế", "vì lẽ đó", "từ đó",
    "trước đó", "sau đó", "theo đó", "cụ thể", "cụ thể là", "khi đó", "lúc đó", "lúc này", "trong khi đó",
    "bên cạnh đó", "ngoài ra", "thêm vào đó", "hơn nữa", "mặt khác", "đồng thời", "như vậy", "như thế", "nhưng",
    "song", "thế nhưng", "nhưng mà", "tuy", "điều này", "việc này", "đó là", "đây là", "những điều này", "kết quả là",
    "nhờ đó", "nhờ vậy", "vậy", "vậy nên", "cho nên", "nên", "còn", "và", "rồi", "sau này", "cũng", "ngược lại",
    "trái lại", "thậm chí", "đặc biệt", "nói cách khác", "tóm lại", "nhìn chung", "cuối cùng", "tiếp đó", "tiếp theo",
    "sau khi", "ngay sau đó", "không lâu sau", "cùng lúc", "cùng năm", "năm sau", "năm đó", "năm ấy", "sau đấy",
    "ông", "bà", "anh", "chị", "họ", "nó", "chúng",
]
# The links of the issue and their like: contrast, consequence, sequence, specification. These
# are what the measure counts; the rest of LINKS are weaker (pronouns, "Đặc biệt") and only
# reported.
STRONG_LINKS = [
    "tuy nhiên", "tuy vậy", "tuy thế", "dù vậy", "mặc dù vậy", "mặc dù thế", "dẫu vậy", "do đó", "do vậy", "vì vậy",
    "vì thế", "bởi vậy", "bởi thế", "chính vì vậy", "chính vì thế", "cũng vì vậy", "cũng vì thế", "vì lẽ đó",
    "từ đó", "trước đó", "sau đó", "theo đó", "cụ thể", "khi đó", "lúc đó", "trong khi đó", "bên cạnh đó",
    "thêm vào đó", "hơn nữa", "mặt khác", "ngoài ra", "như vậy", "nhưng", "song", "thế nhưng", "nhờ đó", "nhờ vậy",
    "điều này", "việc này", "ngược lại", "trái lại", "tiếp đó", "ngay sau đó", "sau đấy", "vậy",
]
_STRONG = [low(x) for x in sorted(STRONG_LINKS, key=len, reverse=True)]


def link_opener(text):
    """The link the unit opens with ("Tuy nhiên, …", "Từ đó …", "Cụ thể …"), or None.
    Leading quotes, dashes and bullets are skipped; the link must be whole syllables, followed
    by a comma, a space or the end. "Vậy" counts only before a comma or a question form
    ("Vậy, …", "Vậy bác sĩ cho em hỏi"), "Nhưng" anywhere."""
    t = text.lstrip(" \t\"'“‘-–—•*+(")
    f = low(t)
    for w in _STRONG:
        if f.startswith(w) and (len(f) == len(w) or not (f[len(w)].isalnum())):
            if w == "vậy" and not re.match(r"vậy\s*,", f):
                continue
            if w == "cụ thể" and re.match(r"cụ thể\s+(hóa|hoá|của)(?![^\W_])", f):
                continue
            return w
    return None


def colon_end(text):
    """The unit ends with ":" (before closing quotes or brackets): it announces what follows."""
    return text.rstrip(" \t\"'”’)»]").endswith(":")


# ---------------------------------------------------------------------------------------------
# Headings of an encyclopedia article.

SECTION_NAMES_RAW = [
    "Lịch sử", "Địa lý", "Tiểu sử", "Tên gọi", "Vị trí địa lý", "Từ nguyên", "Đặc điểm", "Tổng quan", "Phân loại",
    "Hành chính", "Bối cảnh", "Sự nghiệp", "Khái quát", "Nhiệm vụ", "Định nghĩa", "Vị trí", "Giới thiệu",
    "Dân số", "Kinh tế", "Văn hóa", "Văn hoá", "Giáo dục", "Khí hậu", "Du lịch", "Giao thông", "Mô tả", "Cấu trúc",
    "Ứng dụng", "Tham khảo", "Xem thêm", "Liên kết ngoài", "Chú thích", "Ghi chú", "Thư mục", "Đọc thêm",
    "Hình ảnh", "Thư viện ảnh", "Danh sách", "Nguồn gốc", "Lịch sử hình thành", "Lịch sử phát triển",
    "Thời niên thiếu", "Thiếu thời", "Đời tư", "Gia đình", "Cuộc sống cá nhân", "Qua đời", "Di sản", "Tác phẩm",
    "Giải thưởng", "Sinh thái", "Phân bố", "Hình thái", "Sinh học", "Tổ chức", "Cơ cấu tổ chức", "Chức năng",
    "Hoạt động", "Thành tích", "Danh hiệu", "Đánh giá", "Ảnh hưởng", "Nội dung", "Tóm tắt", "Cốt truyện",
    "Diễn viên", "Sản xuất", "Phát hành", "Đón nhận", "Nhân vật", "Điều trị", "Triệu chứng", "Nguyên nhân",
    "Chẩn đoán", "Phòng ngừa", "Dịch tễ học", "Đầu đời", "Tuổi thơ", "Lịch sử khí tượng", "Kết quả", "Hậu quả",
]
SECTION_NAMES = {fold(x) for x in SECTION_NAMES_RAW}


def heading_like(text):
    """A line that reads as a section heading rather than a title: one of the usual section
    names, or short (at most 6 syllables) with no final punctuation."""
    f = fold(text).strip(" .:")
    if f in SECTION_NAMES:
        return True
    return False


# ---------------------------------------------------------------------------------------------
# Length-fair ROUGE, fast: rouge_vi's figures, with the LCS of ROUGE-L by bit vectors (the
# encyclopedia's references run to hundreds of syllables, where rouge_vi's table is slow).


def lcs_len(a, b):
    """Length of the longest common subsequence of two token lists (= rouge_vi._lcs_len)."""
    if not a or not b:
        return 0
    masks = {}
    for i, x in enumerate(a):
        masks[x] = masks.get(x, 0) | (1 << i)
    full = (1 << len(a)) - 1
    v = full
    for y in b:
        u = v & masks.get(y, 0)
        v = ((v + u) | (v - u)) & full
    return len(a) - bin(v).count("1")


def rouge3(toks, ref):
    """(R1, R2, RL) F1 of a prediction's tokens, cut to the reference's length, x100."""
    import rouge_vi

    t = toks[: len(ref)]
    lcs = lcs_len(ref, t)
    p = lcs / len(t) if t else 0.0
    r = lcs / len(ref) if ref else 0.0
    fl = 2 * p * r / (p + r) if p + r else 0.0
    return (100 * rouge_vi.rouge_n(t, ref, 1)[2], 100 * rouge_vi.rouge_n(t, ref, 2)[2], 100 * fl)


# ---------------------------------------------------------------------------------------------
# The kind of a text, from its wording alone.

KINDS = ["news", "encyclopedia", "question", "legal", "steps", "transcript"]

_ADDRESS_Q = _phrases("bác sĩ", "bác sỹ", "bs", "luật sư", "chuyên gia", "tư vấn viên", "admin", "ad", "anh chị",
                      "các anh chị", "mọi người", "các mẹ", "các bạn")
_SELF_Q = _phrases("em", "cháu", "tôi", "mình", "con em", "bé nhà em", "bé nhà mình", "vợ em", "chồng em")
_ASK = _phrases("cho em hỏi", "cho tôi hỏi", "cho cháu hỏi", "cho mình hỏi", "cho hỏi", "xin hỏi", "muốn hỏi",
                "có sao không", "có nguy hiểm không", "phải làm sao", "làm thế nào", "như thế nào", "có nên",
                "có được không", "không ạ", "tư vấn giúp", "giải đáp giúp", "mong bác sĩ", "nhờ bác sĩ")
_NEWS = _phrases("cho biết", "cho hay", "sn", "trú tại", "ngụ tại", "đưa tin", "thông tin", "tin từ", "ghi nhận", "theo đó", "phóng viên", "pv", "thông tin", "chiều qua", "sáng qua",
                 "tối qua", "hôm qua", "sáng nay", "chiều nay", "ngày hôm qua", "ttxvn", "vtv", "theo báo",
                 "lực lượng chức năng", "cơ quan chức năng", "ubnd", "công an", "đại diện", "khẳng định", "nhấn mạnh")
_WIKI = _phrases("là một", "còn gọi là", "tiếng anh", "chữ hán", "tiếng pháp", "tiếng latinh", "danh pháp",
                 "thế kỷ", "được biết đến", "nằm ở", "có diện tích", "dân số", "phân bố", "loài")
_LEGAL_LINE = re.compile(r"^\s*(?:Điều\s+\d+|Chương\s+[IVXLC\d]+|Mục\s+\d+|Khoản\s+\d+|Phần\s+(?:thứ\s+)?[IVXLC\d]+)\b", re.M | re.I)
_LEGAL_WORDS = _phrases("căn cứ", "quy định", "nghị định", "thông tư", "quyết định", "luật", "điều", "khoản", "điểm",
                        "có hiệu lực", "thi hành", "ban hành", "cơ quan nhà nước", "chịu trách nhiệm")
_LEGAL_INLINE = re.compile(r"(?<![^\W_])Điều\s+\d+[a-z]?\s*[.:]\s")
_ITEM_LINE = re.compile(r"^\s*(?:\d{1,2}[.)]\s|[a-zđ][)]\s|[-•*+–]\s|Bước\s+\d+)", re.M)
_STEP = re.compile(r"\bBước\s+\d+\s*[:.)]", re.I)
_RECIPE = _phrases("nguyên liệu", "cách làm", "sơ chế", "gia vị", "muỗng canh", "muỗng cà phê", "thìa", "chén",
                   "đun", "xào", "nêm", "ướp", "chiên", "luộc", "băm nhỏ", "thái", "cắt khúc", "vớt ra")
_SPEAKER_LINE = re.compile(r"^\s*(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s*)?[A-ZĐÀ-Ỹ][^\s:]{0,15}(?:\s[^\s:]{1,15}){0,2}\s*:\s", re.M)
_TIME_LINE = re.compile(r"^\s*\[?\d{1,2}:\d{2}", re.M)
_DATELINE = re.compile(r"^\s*(?:\(?[A-ZĐ][A-ZĐÀ-Ỹ.\s]{1,20}\)?\s*[-–—]\s|\([A-Za-zĐ.]{2,12}\)\s*[-–—]?\s)")


# Section names run into the next sentence when lines are joined ("… duyên hải. Lịch sử Sau năm
# 1945, …"): a section name after a sentence's end and before a capital.
_SECTION_INLINE = None


def _section_inline():
    global _SECTION_INLINE
    if _SECTION_INLINE is None:
        names = sorted(SECTION_NAMES_RAW, key=len, reverse=True)
        _SECTION_INLINE = re.compile(r"(?:^|[.!?…]\s+)(?:" + "|".join(re.escape(n) for n in names) + r")\s+[" + _CAPS_CHARS + r"]")
    return _SECTION_INLINE


def kind_signals(text):
    """The signals the kind detector reads: counts in the text, each divided by the text's
    syllables, sentences or lines (so that a long text and a short one compare)."""
    lines = [x.strip() for x in text.split("\n") if x.strip()]
    n_lines = max(len(lines), 1)
    syl = _WORD.findall(text)
    n_syl = max(len(syl), 1)
    f = low(text)
    head = low(text[:300])
    n_sent = max(len(re.findall(r"[.!?]+(?:\s|$)", text)), 1)
    short_lines = [x for x in lines if not x.rstrip("\"'”)»]").endswith((".", "!", "?", ":", ";", ",")) and len(x.split()) <= 12]
    years = [int(y) for y in re.findall(r"(?<!\d)(1\d\d\d|20[0-3]\d)(?!\d)", text)]
    many = len(lines) >= 4
    return {
        "questions": text.count("?") / n_sent,
        "address": len(_ADDRESS_Q.findall(f)) / n_syl * 100,
        "self": len(_SELF_Q.findall(f)) / n_syl * 100,
        "ask": len(_ASK.findall(f)) / n_sent,
        "greeting_start": float(bool(GREETING_ADDRESSED.search(head))),
        "thanks": float(bool(THANKS.search(f))),
        "signature_end": float(bool(SIGNATURE_TAIL.search(text[-120:]) or ANONYMOUS.search(low(text[-200:])))),
        "news": len(_NEWS.findall(f)) / n_sent,
        "wiki": len(_WIKI.findall(f)) / n_sent,
        "years_paren": len(re.findall(r"\((?:[^()]{0,30}?)(?:1[0-9]|20)\d\d(?:[^()]{0,30})\)", text)) / n_sent,
        "old_years": sum(1 for y in years if y < 1990) / n_sent,
        "recent_years": sum(1 for y in years if y >= 2000) / n_sent,
        "slash_dates": len(re.findall(r"(?<![\d/])\d{1,2}/\d{1,2}(?![\d/])", text)) / n_sent,
        "section_names": sum(1 for x in lines if fold(x).strip(" .:") in SECTION_NAMES) / n_lines if many else 0.0,
        "section_inline": len(_section_inline().findall(text)) / n_sent,
        "short_lines": len(short_lines) / n_lines if many else 0.0,
        "lines_per_sent": len(lines) / n_sent if many else 0.0,
        "quotes": len(re.findall(r"[\"“”]", text)) / n_sent,
        "dateline": float(bool(_DATELINE.match(text))),
        "legal_lines": len(_LEGAL_LINE.findall(text)),
        "legal_inline": len(_LEGAL_INLINE.findall(text)),
        "legal_words": len(_LEGAL_WORDS.findall(f)) / n_sent,
        "items": len(_ITEM_LINE.findall(text)) / n_lines if many else 0.0,
        "steps": len(_STEP.findall(text)),
        "recipe": len(_RECIPE.findall(f)) / n_sent,
        "speakers": len(_SPEAKER_LINE.findall(text)) / n_lines if many else 0.0,
        "times": len(_TIME_LINE.findall(text)) / n_lines if many else 0.0,
        "log_syllables": math.log1p(n_syl),
        "syllables_per_sent": n_syl / n_sent / 30,
        # The share of the text's syllables on lines without final punctuation (a chat, a
        # transcript: all of them; an article with a list: its items only).
        "unpunct_lines": sum(len(_WORD.findall(x)) for x in lines if not re.search(r"[.!?…:;,]\W*$", x)) / n_syl if many else 0.0,
    }


SIGNALS = list(kind_signals("a").keys())

# The learned part: a multinomial logistic model of the three kinds with data (news,
# encyclopedia, question) on the signals above; fitted by scripts/genre_kind.py, which prints
# these weights (rows: news, encyclopedia, question; columns: bias, then SIGNALS in order).
KIND_WEIGHTS = None


def rule_kind(s):
    """The kinds without data, by rules on the signals: legal, steps (a list or a recipe),
    transcript (a chat). None when no rule fires."""
    if s["legal_lines"] >= 2 or s["legal_inline"] >= 3:
        return "legal"
    if s["steps"] >= 2 or (s["items"] >= 0.4 and s["recipe"] >= 0.5):
        return "steps"
    if s["speakers"] >= 0.5 or s["times"] >= 0.5 or s["unpunct_lines"] >= 0.8:
        return "transcript"
    return None


def detect_kind(text, weights=None):
    """The kind of a text: a rule for the kinds without data, else the logistic model's best of
    news, encyclopedia and question."""
    s = kind_signals(text)
    r = rule_kind(s)
    if r:
        return r
    w = weights if weights is not None else KIND_WEIGHTS
    if w is None:
        return fallback_kind(s)
    x = [1.0] + [s[k] for k in SIGNALS]
    scores = [sum(a * b for a, b in zip(row, x)) for row in w]
    return ["news", "encyclopedia", "question"][max(range(3), key=lambda k: scores[k])]


def fallback_kind(s):
    """A hand rule, before the model is fitted."""
    if s["greeting_start"] or (s["address"] > 0.5 and s["self"] > 2):
        return "question"
    if s["section_names"] > 0 or s["wiki"] > 0.3:
        return "encyclopedia"
    return "news"
