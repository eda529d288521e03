//! Finding the next of a few bytes in a text, eight bytes at a time: line breaks, sentence-final
//! punctuation, quotes, markup. Most bytes of a text are none of them.

/// Bytes that [`next_byte`] looks for: the ASCII bytes `range.0..range.1` (none when they are
/// equal) and `bytes`.
pub(crate) struct Leads<const N: usize> {
    pub range: (u8, u8),
    pub bytes: [u8; N],
}

/// The first byte offset from `i` on whose byte is one of `leads`, or the length of `s`. With
/// only ASCII and lead bytes in `leads`, the offset is a character boundary.
#[inline(never)]
pub(crate) fn next_byte<const N: usize>(s: &str, mut i: usize, leads: &Leads<N>) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    let b = s.as_bytes();
    let (lo, hi) = leads.range;
    let is_lead = |x: u8| {
        leads.bytes.iter().fold(false, |a, &v| a | (x == v)) | (x.wrapping_sub(lo) < hi - lo)
    };
    // Eight bytes at a time, without a branch per byte or per lead: by the borrow trick, `x`
    // holds a byte below `hi` if `(x - ONES * hi) & !x & HIGH` is not zero, and a byte `v` if
    // `x ^ (ONES * v)` holds a zero byte. (Below `hi` includes the control characters below
    // `lo`: after one, say a tab, the search goes on byte by byte.) The .wasm has no vector
    // instructions, so this is how it tests eight bytes at once.
    while let Some(chunk) = b.get(i..).and_then(|t| t.first_chunk::<8>()) {
        let x = u64::from_le_bytes(*chunk);
        let below = x.wrapping_sub(ONES * u64::from(hi)) & !x;
        let found = leads.bytes.iter().fold(below, |a, &v| {
            let y = x ^ (ONES * u64::from(v));
            a | (y.wrapping_sub(ONES) & !y)
        });
        if found & HIGH != 0 {
            break;
        }
        i += 8;
    }
    b[i..]
        .iter()
        .position(|&x| is_lead(x))
        .map_or(b.len(), |p| i + p)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The bytes that can begin a line break, and a terminator (as `crate::split` seeks them).
    const BREAK_LEADS: Leads<2> = Leads {
        range: (b'\n', b'\r' + 1),
        bytes: [0xC2, 0xE2],
    };
    const TERMINATOR_LEADS: Leads<6> = Leads {
        range: (0, 0),
        bytes: [b'.', b'!', b'?', 0xE2, 0xE3, 0xEF],
    };

    #[test]
    fn next_byte_finds_the_first_lead_at_every_offset() {
        const BREAKS: [u8; 6] = [b'\n', 0x0B, 0x0C, b'\r', 0xC2, 0xE2];
        const TERMINATORS: [u8; 6] = [b'.', b'!', b'?', 0xE2, 0xE3, 0xEF];
        // A lead (or a near miss: 0xE1, '/', a tab and other control characters below the
        // range of line breaks) at every place of texts of every length up to 40, after a tab
        // or not, from every start.
        for len in 0..40 {
            for at in 0..len {
                for b in [
                    "!", "\n", "\r", "\u{B}", "\u{85}", "\u{2026}", "\u{1EA1}", "/", "\t", "\u{1}",
                ] {
                    for before in ["a", "\t"] {
                        let t = format!("{}{b}{}", before.repeat(at), "x".repeat(len - at));
                        for from in 0..=t.len() {
                            let want = |set: &[u8]| {
                                t.as_bytes()[from..]
                                    .iter()
                                    .position(|x| set.contains(x))
                                    .map_or(t.len(), |p| from + p)
                            };
                            let got = next_byte(&t, from, &TERMINATOR_LEADS);
                            assert_eq!(got, want(&TERMINATORS), "{t:?} {from}");
                            let got = next_byte(&t, from, &BREAK_LEADS);
                            assert_eq!(got, want(&BREAKS), "{t:?} {from}");
                        }
                    }
                }
            }
        }
    }
}
