//! Folding words for matching: NFC/NFD, case, Vietnamese tone-mark placement, invisible
//! characters. Folding never changes the text we return; it only builds match keys.

use std::sync::OnceLock;

include!("data/decompositions.rs");
include!("data/lowercase.rs");

/// The characters whose canonical decomposition the library knows, as Unicode gives it: Latin
/// (Vietnamese included), the combining diacritical marks, Greek, Cyrillic, the letterlike
/// symbols Ω, K and Å, and the Hangul syllables. Every other character is taken as its own
/// decomposition: folding and [`nfc`] leave it as it comes. unicode-normalization's table for
/// all of Unicode cost the .wasm 19 KB gzipped; this one costs about 3 KB. A test checks it
/// against unicode-normalization on every code point.
#[allow(dead_code)] // read by the tests
pub(crate) const DECOMPOSED: [std::ops::RangeInclusive<char>; 4] = [
    '\0'..='\u{4FF}',
    '\u{1E00}'..='\u{1FFF}',
    '\u{2126}'..='\u{212B}',
    '\u{AC00}'..='\u{D7A3}',
];

/// Calls `emit` with each character of the canonical decomposition of `c`, for the characters
/// of [`DECOMPOSED`]; with `c` itself for any other.
pub(crate) fn decompose_canonical(c: char, mut emit: impl FnMut(char)) {
    const S_BASE: u32 = 0xAC00;
    let cp = c as u32;
    if (S_BASE..=0xD7A3).contains(&cp) {
        // A Hangul syllable: leading consonant, vowel, and trailing consonant if any.
        let s = cp - S_BASE;
        let jamo = [0x1100 + s / 588, 0x1161 + s % 588 / 28, 0x11A7 + s % 28];
        let n = if s % 28 == 0 { 2 } else { 3 };
        jamo[..n]
            .iter()
            .filter_map(|&j| char::from_u32(j))
            .for_each(emit);
        return;
    }
    if let Ok(key) = u16::try_from(cp) {
        if let Ok(i) = DECOMPOSITIONS.binary_search_by_key(&key, |e| e.0) {
            let (_, base, marks) = DECOMPOSITIONS[i];
            let base = char::from_u32(u32::from(base)).unwrap_or(c);
            let marks = marks.into_iter().filter(|&m| m != 0xFF);
            std::iter::once(base)
                .chain(marks.filter_map(|m| char::from_u32(0x300 + u32::from(m))))
                .for_each(emit);
            return;
        }
    }
    emit(c);
}

/// The five Vietnamese tone marks as combining characters.
const TONE_MARKS: [char; 5] = ['\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{323}'];

/// Characters that change nothing a reader sees: soft hyphen, zero-width space and joiners,
/// word joiner, byte-order mark. They are dropped from match keys.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{AD}' | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}'
    )
}

/// White space as a reader sees it, NBSP and the invisible characters included.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || is_invisible(c)
}

/// Appends the match key of `word` to `out`.
///
/// The key is the canonical decomposition (of the scripts the library decomposes: Latin,
/// Greek, Cyrillic, Hangul; other characters stay as they are), lower-cased, with the tone mark taken off its vowel
/// and put at the end, so "Hoà", "hòa" and their NFD forms all give one key, and so do
/// "thuỷ"/"thủy" and "khoẻ"/"khỏe". The key is not meant to be shown.
pub fn fold_into(word: &str, out: &mut String) {
    let mut tone = 0u8;
    for c in word.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            fold_decomposed(c, &mut tone, &mut |l| out.push(l));
        }
    }
    if tone != 0 {
        out.push(TONE_MARKS[usize::from(tone - 1)]);
    }
}

/// Folds one character: nothing for an invisible one; else its canonical decomposition, lower
/// case, to `emit`, but its tone mark, which goes to `tone` (1 + its index in `TONE_MARKS`).
fn fold_decomposed(c: char, tone: &mut u8, emit: &mut impl FnMut(char)) {
    if is_invisible(c) {
        return;
    }
    decompose_canonical(c, |d| {
        if let Some(t) = TONE_MARKS.iter().position(|&m| m == d) {
            *tone = t as u8 + 1;
        } else {
            lower(d, &mut *emit);
        }
    });
}

/// The hash of the match key of `word`: [`crate::terms::hash_key`] of [`fold_into`]'s key,
/// computed without building the key. For the Latin letters (where Vietnamese is) each
/// character's folded bytes come from a table made once from the same decomposition.
pub(crate) fn fold_hash(word: &str, hash: &mut impl FnMut(u8)) {
    let mut tone = 0u8;
    for c in word.chars() {
        fold_char(c, &mut tone, hash);
    }
    end_fold(tone, hash);
}

/// Feeds the folded bytes of `c` to `hash`, but its tone mark, which goes to `tone` (see
/// [`fold_hash`]).
#[inline]
pub(crate) fn fold_char(c: char, tone: &mut u8, hash: &mut impl FnMut(u8)) {
    if let Some(info) = char_info(c) {
        info.fold(tone, hash);
    } else {
        let mut buf = [0u8; 4];
        fold_decomposed(c, tone, &mut |l| {
            l.encode_utf8(&mut buf).bytes().for_each(&mut *hash)
        });
    }
}

/// Feeds the tone mark the fold put aside, if any, to `hash`.
#[inline]
pub(crate) fn end_fold(tone: u8, hash: &mut impl FnMut(u8)) {
    if tone != 0 {
        let mut buf = [0u8; 4];
        TONE_MARKS[usize::from(tone - 1)]
            .encode_utf8(&mut buf)
            .bytes()
            .for_each(hash);
    }
}

/// What the tokenizer needs to know of a character of the Latin blocks, read from a table.
#[derive(Clone, Copy)]
pub(crate) struct CharInfo {
    /// The bytes of its fold but the tone mark (little-endian) and how many (at most 8).
    bytes: u64,
    len: u8,
    /// Its tone mark: 1 + the index in `TONE_MARKS`, or 0.
    tone: u8,
    /// [`WORD`], [`MARK`], [`PUNCT`], [`ALPHABETIC`], [`UPPER`].
    pub flags: u8,
}

/// An ASCII letter or digit, or a letter of the Latin blocks: word characters of UAX #29.
pub(crate) const WORD: u8 = 1;
/// A combining diacritical mark (U+0300 to U+036F).
pub(crate) const MARK: u8 = 2;
/// ASCII punctuation but `_`, and the guillemets.
pub(crate) const PUNCT: u8 = 4;
/// `char::is_alphabetic`.
pub(crate) const ALPHABETIC: u8 = 8;
/// `char::is_uppercase`.
pub(crate) const UPPER: u8 = 16;

impl CharInfo {
    /// The entry of punctuation outside the table.
    pub(crate) const fn punctuation() -> CharInfo {
        CharInfo {
            bytes: 0,
            len: 0,
            tone: 0,
            flags: PUNCT,
        }
    }

    /// As [`fold_char`].
    #[inline]
    pub(crate) fn fold(self, tone: &mut u8, hash: &mut impl FnMut(u8)) {
        for k in 0..self.len {
            hash((self.bytes >> (8 * k)) as u8);
        }
        if self.tone != 0 {
            *tone = self.tone;
        }
    }
}

/// The table's entry for `c`: U+0000 to U+036F (Latin letters and the combining marks) and
/// U+1E00 to U+1EFF (Latin Extended Additional, where most Vietnamese letters are).
#[inline]
pub(crate) fn char_info(c: char) -> Option<CharInfo> {
    let i = c as usize;
    let slot = match i {
        0..=0x36F => i,
        0x1E00..=0x1EFF => i - 0x1E00 + 0x370,
        _ => return None,
    };
    Some(char_table()[slot])
}

/// Letters of Latin-1, Latin Extended-A and -B, and Latin Extended Additional (where the
/// precomposed Vietnamese letters are): all of word-break class ALetter.
pub(crate) fn is_latin_letter(c: char) -> bool {
    matches!(c, '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{F6}' | '\u{F8}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}')
}

fn char_table() -> &'static [CharInfo] {
    static TABLE: OnceLock<Vec<CharInfo>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let chars = ('\0'..='\u{36F}').chain('\u{1E00}'..='\u{1EFF}');
        chars
            .map(|c| {
                let mut key = String::new();
                let mut word = [0u8; 4];
                fold_into(c.encode_utf8(&mut word), &mut key);
                let tone = key
                    .chars()
                    .next_back()
                    .and_then(|l| TONE_MARKS.iter().position(|&m| m == l))
                    .map_or(0, |t| t as u8 + 1);
                let body = if tone != 0 {
                    &key[..key.len() - 2]
                } else {
                    &key[..]
                };
                let bytes = body
                    .bytes()
                    .rev()
                    .fold(0u64, |acc, b| (acc << 8) | u64::from(b));
                let flag = |yes: bool, f: u8| if yes { f } else { 0 };
                let flags = flag(c.is_ascii_alphanumeric() || is_latin_letter(c), WORD)
                    | flag(('\u{300}'..='\u{36F}').contains(&c), MARK)
                    | flag(
                        (c.is_ascii_punctuation() && c != '_') || c == '«' || c == '»',
                        PUNCT,
                    )
                    | flag(c.is_alphabetic(), ALPHABETIC)
                    | flag(c.is_uppercase(), UPPER);
                // Every fold of these characters is at most 8 bytes (checked by a test).
                CharInfo {
                    bytes,
                    len: body.len().min(8) as u8,
                    tone,
                    flags,
                }
            })
            .collect()
    })
}

/// Emits the lower case of `c`, as `char::to_lowercase` gives it, from the runs of
/// `src/data/lowercase.rs` (1.5 KB instead of std's 11.7 KB table in the .wasm).
pub fn lower(c: char, mut emit: impl FnMut(char)) {
    let cp = u32::from(c);
    if cp < 0x80 {
        return emit(c.to_ascii_lowercase());
    }
    if cp == 0x130 {
        // 'İ' is the one character whose lower case is two.
        emit('i');
        return emit('\u{307}');
    }
    let i = LOWER_RUNS.partition_point(|&(packed, _)| packed >> 8 <= cp);
    if let Some(&(packed, delta)) = i.checked_sub(1).map(|i| &LOWER_RUNS[i]) {
        let (start, count, stride) = (packed >> 8, (packed >> 1) & 0x7f, (packed & 1) + 1);
        let k = cp - start;
        if k % stride == 0 && k / stride < count {
            if let Some(l) = cp.checked_add_signed(delta).and_then(char::from_u32) {
                return emit(l);
            }
        }
    }
    emit(c)
}

/// The match key of `word` (see [`fold_into`]).
pub fn fold(word: &str) -> String {
    let mut s = String::with_capacity(word.len() + 2);
    fold_into(word, &mut s);
    s
}

/// How a word is shown in keywords: NFC, lower case, no invisible characters.
pub fn display_form(word: &str) -> String {
    let mut lowered = String::with_capacity(word.len());
    for c in word.chars().filter(|&c| !is_invisible(c)) {
        lower(c, |l| lowered.push(l));
    }
    nfc(&lowered)
}

/// The NFC form of `chars` for the scripts a Vietnamese text shows: Latin, Greek, Cyrillic and
/// Hangul are composed exactly as Unicode's NFC does; combining marks of other scripts, and the
/// characters of other scripts that Unicode decomposes (CJK compatibility ideographs, kana with
/// a voicing mark, Indic letters with a nukta...), are left as they come. Canonical
/// decomposition, canonical order of the marks, canonical composition.
///
/// Not unicode-normalization's `.nfc()` and not its `compose`: `.nfc()` picks canonical or
/// compatibility decomposition at run time, so it links the compatibility tables; its
/// composition and combining-class tables cost 11.7 KB of the gzipped .wasm more. Here the
/// pairs come from the decomposition table of the library, which [`fold_into`] needs anyway.
///
/// ASCII and the precomposed Latin letters are their own NFC (a test checks every one), so
/// words made only of them are returned as they are: most words, every time.
pub fn nfc(s: &str) -> String {
    if s.chars().all(|c| c.is_ascii() || is_latin_letter(c)) {
        return s.to_string();
    }
    let mut marks: Vec<char> = Vec::new();
    for c in s.chars() {
        decompose_canonical(c, |d| marks.push(d));
    }
    compose_decomposed(marks)
}

/// NFC of a canonical decomposition. Not generic, and no `sort`: std's sorts and one copy of
/// this per caller would cost the .wasm 20 KB.
fn compose_decomposed(mut marks: Vec<char>) -> String {
    // Canonical order: each run of combining marks sorted by class, keeping the order of equal
    // classes (an insertion sort: runs are one to three marks long).
    for i in 1..marks.len() {
        let class = combining_class(marks[i]);
        let mut j = i;
        while class != 0 && j > 0 && combining_class(marks[j - 1]) > class {
            marks.swap(j - 1, j);
            j -= 1;
        }
    }
    // Composition: a character joins the last starter unless a character between them blocks
    // it (one with class 0, or with a class at least its own).
    let mut out: Vec<char> = Vec::with_capacity(marks.len());
    let mut starter: Option<usize> = None;
    let mut last_class: Option<u8> = None;
    for c in marks {
        let class = combining_class(c);
        if let Some(s) = starter {
            let blocked = last_class.is_some_and(|l| l == 0 || l >= class);
            if !blocked {
                if let Some(composed) = compose(out[s], c) {
                    out[s] = composed;
                    continue;
                }
            }
        }
        if class == 0 {
            starter = Some(out.len());
            last_class = None;
        } else {
            last_class = Some(class);
        }
        out.push(c);
    }
    out.into_iter().collect()
}

/// The canonical combining class of the Combining Diacritical Marks (U+0300 to U+036F), the
/// marks of Latin, Greek and Cyrillic; 0 for every other character.
fn combining_class(c: char) -> u8 {
    match c {
        '\u{300}'..='\u{314}' | '\u{33D}'..='\u{344}' | '\u{346}' | '\u{34A}'..='\u{34C}' => 230,
        '\u{350}'..='\u{352}' | '\u{357}' | '\u{35B}' | '\u{363}'..='\u{36F}' => 230,
        '\u{315}' | '\u{31A}' | '\u{358}' => 232,
        '\u{316}'..='\u{319}' | '\u{31C}'..='\u{320}' | '\u{323}'..='\u{326}' => 220,
        '\u{329}'..='\u{333}' | '\u{339}'..='\u{33C}' | '\u{347}'..='\u{349}' => 220,
        '\u{34D}' | '\u{34E}' | '\u{353}'..='\u{356}' | '\u{359}' | '\u{35A}' => 220,
        '\u{31B}' => 216,
        '\u{321}' | '\u{322}' | '\u{327}' | '\u{328}' => 202,
        '\u{334}'..='\u{338}' => 1,
        '\u{345}' => 240,
        '\u{35C}' | '\u{35F}' | '\u{362}' => 233,
        '\u{35D}' | '\u{35E}' | '\u{360}' | '\u{361}' => 234,
        _ => 0,
    }
}

/// The primary composite of `a` followed by `b`, if any (Latin, Greek, Cyrillic, Hangul).
fn compose(a: char, b: char) -> Option<char> {
    const S_BASE: u32 = 0xAC00;
    const L_BASE: u32 = 0x1100;
    const V_BASE: u32 = 0x1161;
    const T_BASE: u32 = 0x11A7;
    let (x, y) = (a as u32, b as u32);
    if (L_BASE..L_BASE + 19).contains(&x) && (V_BASE..V_BASE + 21).contains(&y) {
        return char::from_u32(S_BASE + ((x - L_BASE) * 21 + (y - V_BASE)) * 28);
    }
    if (S_BASE..S_BASE + 11172).contains(&x)
        && (x - S_BASE) % 28 == 0
        && (T_BASE + 1..T_BASE + 28).contains(&y)
    {
        return char::from_u32(x + (y - T_BASE));
    }
    let pairs = composition_pairs();
    let key = (u64::from(x) << 32) | u64::from(y);
    pairs
        .binary_search_by_key(&key, |&(k, _)| k)
        .ok()
        .map(|i| pairs[i].1)
}

/// Pairs (first << 32 | second, composite), sorted, read off the canonical decompositions of
/// the Latin, Greek and Cyrillic blocks. A composite's pair is the composite of its full
/// decomposition but the last mark, and that mark. Where two characters decompose alike
/// (U+1F71 and U+03AC), the lower one is the primary composite; singletons (U+0387 to U+00B7)
/// are never composed.
fn composition_pairs() -> &'static [(u64, char)] {
    static PAIRS: OnceLock<Vec<(u64, char)>> = OnceLock::new();
    PAIRS.get_or_init(|| {
        let mut decomposed: Vec<(Vec<char>, char)> = Vec::new();
        let blocks = [
            '\u{C0}'..='\u{24F}',
            '\u{370}'..='\u{4FF}',
            '\u{1E00}'..='\u{1FFF}',
        ];
        for c in blocks.into_iter().flatten() {
            let mut d = Vec::new();
            decompose_canonical(c, |x| d.push(x));
            if d.len() >= 2 {
                decomposed.push((d, c));
            }
        }
        let mut pairs: Vec<(u64, char)> = Vec::new();
        let mut known: Vec<(&[char], char)> = Vec::new();
        // Shorter decompositions first, so that the prefix of a longer one is known.
        let longest = decomposed.iter().map(|(d, _)| d.len()).max().unwrap_or(0);
        let by_length =
            (2..=longest).flat_map(|n| decomposed.iter().filter(move |(d, _)| d.len() == n));
        for (d, c) in by_length {
            let (last, prefix) = d.split_last().expect("two characters or more");
            let first = match prefix {
                [one] => Some(*one),
                _ => known.iter().find(|(k, _)| *k == prefix).map(|&(_, p)| p),
            };
            if let Some(first) = first {
                let key = (u64::from(first) << 32) | u64::from(*last);
                if let Err(at) = pairs.binary_search_by_key(&key, |&(k, _)| k) {
                    pairs.insert(at, (key, *c));
                }
            }
            if !known.iter().any(|(k, _)| k == d) {
                known.push((d, *c));
            }
        }
        pairs
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    /// The match key as unicode-normalization's canonical decomposition gives it: what
    /// [`fold_into`] computed before the library had its own table.
    fn reference_fold(word: &str) -> String {
        let mut out = String::new();
        let mut tone = None;
        for c in word.chars().filter(|&c| !is_invisible(c)) {
            unicode_normalization::char::decompose_canonical(c, |d| {
                match TONE_MARKS.iter().position(|&m| m == d) {
                    Some(t) => tone = Some(TONE_MARKS[t]),
                    None => out.extend(d.to_lowercase()),
                }
            });
        }
        out.extend(tone);
        out
    }

    fn in_table(c: char) -> bool {
        DECOMPOSED.iter().any(|r| r.contains(&c))
    }

    #[test]
    fn decomposition_agrees_with_unicode_normalization_on_every_code_point() {
        let (mut claimed, mut left) = (0, 0);
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let mut ours = Vec::new();
            decompose_canonical(c, |d| ours.push(d));
            let mut want = Vec::new();
            unicode_normalization::char::decompose_canonical(c, |d| want.push(d));
            if in_table(c) {
                claimed += 1;
                assert_eq!(ours, want, "U+{:04X}", c as u32);
                let mut word = [0u8; 4];
                let word = c.encode_utf8(&mut word);
                assert_eq!(fold(word), reference_fold(word), "U+{:04X}", c as u32);
                // After a letter, and with a tone mark: the mark goes to the end either way.
                let word = format!("x{c}\u{323}");
                assert_eq!(fold(&word), reference_fold(&word), "U+{:04X}", c as u32);
            } else {
                // Outside the table: its own decomposition.
                assert_eq!(ours, [c], "U+{:04X}", c as u32);
                left += usize::from(want != [c]);
            }
        }
        // The table's blocks hold everything below U+0500 and the Hangul syllables; what is
        // left is the other scripts' decompositions (1,270 in unicode-normalization 0.1.26).
        assert!(claimed > 12_900, "{claimed}");
        assert!(left < 1_500, "{left}");
        eprintln!("{claimed} code points decomposed by the table, {left} others left as they are");
    }

    #[test]
    fn tone_placement_is_folded() {
        assert_eq!(fold("hoà"), fold("hòa"));
        assert_eq!(fold("thuỷ"), fold("thủy"));
        assert_eq!(fold("khoẻ"), fold("khỏe"));
        assert_eq!(fold("Quý"), fold("qúy"));
        assert_ne!(fold("hòa"), fold("hoa"));
        assert_ne!(fold("hòa"), fold("hóa"));
    }

    #[test]
    fn nfd_and_case_are_folded() {
        let nfc = "Đường Nguyễn Huệ";
        let nfd: String = nfc.nfd().collect();
        assert_ne!(nfc, nfd);
        for (a, b) in nfc.split(' ').zip(nfd.split(' ')) {
            assert_eq!(fold(a), fold(b));
        }
        assert_eq!(fold("ĐÀ NẴNG"), fold("đà nẵng"));
    }

    #[test]
    fn invisible_characters_are_dropped() {
        assert_eq!(fold("Việt\u{AD}Nam"), fold("ViệtNam"));
        assert_eq!(fold("\u{FEFF}Hà"), fold("hà"));
        assert!(is_space('\u{A0}'));
        assert!(is_space('\u{200B}'));
    }

    #[test]
    fn lower_agrees_with_std_on_every_code_point() {
        let mut mapped = 0;
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let mut got = String::new();
            lower(c, |l| got.push(l));
            let want: String = c.to_lowercase().collect();
            assert_eq!(got, want, "U+{:04X}", u32::from(c));
            mapped += usize::from(want != c.to_string());
        }
        // The mapping is not empty (Unicode 17 lower-cases 1,460 code points).
        assert!(mapped > 1_400, "{mapped}");
    }

    #[test]
    fn display_form_is_nfc_lower_case() {
        let nfd: String = "Hoà Bình".nfd().collect();
        assert_eq!(display_form(&nfd), "hoà bình");
        let nfd: String = "NGHỆ AN Đường Thuỷ Khoẻ".nfd().collect();
        assert_eq!(display_form(&nfd), "nghệ an đường thuỷ khoẻ");
        assert_eq!(display_form("Việt\u{AD}Nam\u{200B}"), "việtnam");
    }

    #[test]
    fn nfc_composes_every_latin_greek_cyrillic_character_as_unicode_does() {
        let blocks = [
            '\u{A0}'..='\u{24F}',
            '\u{370}'..='\u{4FF}',
            '\u{1E00}'..='\u{1FFF}',
        ];
        for c in blocks.into_iter().flatten() {
            let s = c.to_string();
            let want: String = s.nfc().collect();
            let nfd: String = s.nfd().collect();
            assert_eq!(nfc(&nfd), want, "U+{:04X}", c as u32);
            if is_latin_letter(c) {
                assert_eq!(want, s, "U+{:04X} is its own NFC", c as u32);
                // Callers test it before `char::is_alphanumeric`, which it implies.
                assert!(c.is_alphabetic(), "U+{:04X} is a letter", c as u32);
            }
        }
    }

    #[test]
    fn nfc_agrees_with_unicode_normalization() {
        let cases = [
            "Nguyễn Thị Minh Khai, quận 1, TP. HCM",
            "Tiếng Việt có dấu: ả ã ạ ằ ẳ ẵ ặ ấ ầ ẩ ẫ ậ ế ề ể ễ ệ ố ồ ổ ỗ ộ ớ ờ ở ỡ ợ ứ ừ ử ữ ự ỳ ỷ ỹ ỵ",
            // Marks typed in a non-canonical order: dot below (220) after circumflex (230)...
            "e\u{302}\u{323} o\u{31B}\u{301} a\u{301}\u{323} u\u{323}\u{31B}",
            // ...a mark that composes with nothing, blocking or not.
            "a\u{301}\u{301} a\u{334}\u{301} a\u{323}\u{302}\u{301}",
            "\u{301}leading mark, Å, Ω, ﬁ, ①, 한국어, 各国",
            "Ελληνικά ἄλφα ᾅ ΐ, Русский й ё, Ǖ ǖ Ǻ ȫ ḗ ṏ",
            "\u{212B}ngstr\u{F6}m \u{1F71} \u{387}",
            "",
        ];
        for text in cases {
            let want: String = text.nfc().collect();
            assert_eq!(nfc(text), want, "{text:?}");
            let nfd: String = text.nfd().collect();
            assert_eq!(nfc(&nfd), want, "NFD of {text:?}");
        }
    }
}
