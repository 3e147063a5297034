//! A hasher for maps keyed by term ids. Ids are small integers the index hands out
//! itself, so a multiplicative hash spreads them well at a fraction of SipHash's cost;
//! maps keyed by text from the articles keep a randomly seeded hasher (std's, or
//! foldhash's where a word is looked up for each word read).

use std::hash::{BuildHasherDefault, Hasher};

/// Hashes integer keys (and short tuples or slices of them) by multiply-and-rotate.
#[derive(Debug, Default, Clone, Copy)]
pub struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }

    fn write_u32(&mut self, n: u32) {
        self.write_u64(u64::from(n));
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }
}

/// A `HashMap` keyed by term ids.
pub type IdMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<IdHasher>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_spread_over_buckets() {
        // hashbrown picks the bucket from the low bits and a tag from the top 7.
        let (mut buckets, mut tags) =
            (std::collections::HashSet::new(), std::collections::HashSet::new());
        for id in 0u32..1024 {
            let mut h = IdHasher::default();
            h.write_u32(id);
            buckets.insert(h.finish() & 1023);
            tags.insert(h.finish() >> 57);
        }
        assert_eq!(buckets.len(), 1024);
        assert!(tags.len() > 100, "only {} distinct tags", tags.len());
        let mut m: IdMap<(u32, u32), u32> = IdMap::default();
        m.insert((1, 2), 3);
        assert_eq!(m.get(&(1, 2)), Some(&3));
        assert_eq!(m.get(&(2, 1)), None);
    }
}
