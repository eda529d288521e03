//! The one hash table of the library: numbers for term ids.

use super::TermId;

/// Numbers for term ids, 0, 1, 2... in order of first insertion: a hash table with open
/// addressing and linear probing (the ids are hashes already). The one hash table of the
/// library: in the hot loops a general hash map costs several times more, and each of its
/// instantiations costs the .wasm a kilobyte or two.
pub(crate) struct Numbering {
    /// `[low half of id, high half of id, number]`; `number == EMPTY` marks a free slot. Three
    /// `u32`s, not `(u64, u32)`, which pads to 16 bytes: the largest table (the bigrams of a
    /// long text) takes a quarter less memory. The length is a power of two.
    slots: Vec<[u32; 3]>,
    len: u32,
}

const EMPTY: u32 = u32::MAX;

/// The most ids a new [`Numbering`] makes room for (32,768 slots, 384 KB).
const NUMBERING_ROOM: usize = 1 << 14;

/// A free slot.
const FREE: [u32; 3] = [0, 0, EMPTY];

impl Default for Numbering {
    fn default() -> Self {
        Numbering::with_capacity(16)
    }
}

impl Numbering {
    /// A table for about `n` ids before it grows, but at most [`NUMBERING_ROOM`]: it grows
    /// past that as ids come. Callers size for the worst case (every two-syllable term of a
    /// text distinct: half its syllables), and news has about 15 times fewer (24,766 distinct
    /// bigrams in 1 MB, 169,000 syllables): a table that large would waste memory and miss the
    /// caches on most lookups.
    pub(crate) fn with_capacity(n: usize) -> Self {
        Numbering {
            slots: vec![FREE; (2 * n.min(NUMBERING_ROOM)).next_power_of_two().max(32)],
            len: 0,
        }
    }

    /// The number of `id`, and whether it was given now.
    #[inline]
    pub(crate) fn number(&mut self, id: TermId) -> (u32, bool) {
        if (self.len as usize + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let i = self.slot_of(id);
        if self.slots[i][2] != EMPTY {
            return (self.slots[i][2], false);
        }
        self.slots[i] = [id as u32, (id >> 32) as u32, self.len];
        self.len += 1;
        (self.len - 1, true)
    }

    /// Has `id` a number?
    pub(crate) fn contains(&self, id: TermId) -> bool {
        self.get(id).is_some()
    }

    /// The number of `id`, if it has one.
    #[inline]
    pub(crate) fn get(&self, id: TermId) -> Option<u32> {
        let n = self.slots[self.slot_of(id)][2];
        (n != EMPTY).then_some(n)
    }

    /// The slot that holds `id`, or the free slot where it would go.
    #[inline]
    fn slot_of(&self, id: TermId) -> usize {
        let mask = self.slots.len() - 1;
        let (lo, hi) = (id as u32, (id >> 32) as u32);
        let mut i = id as usize & mask;
        loop {
            let [a, b, n] = self.slots[i];
            if n == EMPTY || (a == lo && b == hi) {
                return i;
            }
            i = (i + 1) & mask;
        }
    }

    fn grow(&mut self) {
        let size = self.slots.len() * 2;
        let old = std::mem::replace(&mut self.slots, vec![FREE; size]);
        for slot in old.into_iter().filter(|s| s[2] != EMPTY) {
            let id = u64::from(slot[0]) | (u64::from(slot[1]) << 32);
            let i = self.slot_of(id);
            self.slots[i] = slot;
        }
    }
}
