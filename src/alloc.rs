//! The allocator: mimalloc. Indexing an archive allocates and frees millions of small
//! strings and maps a second; with the system allocator a fifth of a cold `list` of
//! 20,000 articles went to allocating, and glibc's per-thread arenas held more memory.

#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `purge_delay` option, by its place in `mi_option_t` (the bindings name
/// only the options of mimalloc's older line).
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Freed memory goes back to the system after 10 ms rather than mimalloc's default
/// second: indexing a large archive frees hundreds of megabytes from one phase to the
/// next, and held for a second they raised the peak of a cold `list` of 100,000
/// articles from 424 to 510 MB.
pub fn configure() {
    // SAFETY: sets one option's value; mimalloc reads it when it next purges.
    unsafe { libmimalloc_sys::mi_option_set(PURGE_DELAY, 10) }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_option_set_is_the_purge_delay() {
        // SAFETY: reads and sets an option's value.
        let before = unsafe { libmimalloc_sys::mi_option_get(super::PURGE_DELAY) };
        if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
            // Its documented default: a mimalloc whose options moved would give another.
            assert_eq!(before, 1000);
        }
        super::configure();
        assert_eq!(unsafe { libmimalloc_sys::mi_option_get(super::PURGE_DELAY) }, 10);
    }
}
