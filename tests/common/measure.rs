//! Measuring one analysis: time, and peak memory with a counting allocator (for the fuzz harness
//! and the worst-case benchmark; include with `#[path]`, as the allocator must be the binary's).
#![allow(dead_code)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::{Duration, Instant};

use baca::text::{analyze, Analysis, Page};

/// The system allocator, counting the bytes in use and their peak.
struct Counting;

pub static IN_USE: AtomicUsize = AtomicUsize::new(0);
pub static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let now = IN_USE.fetch_add(layout.size(), Relaxed) + layout.size();
        PEAK.fetch_max(now, Relaxed);
        System.alloc(layout)
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        IN_USE.fetch_sub(layout.size(), Relaxed);
        System.dealloc(ptr, layout)
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size > layout.size() {
            let now =
                IN_USE.fetch_add(new_size - layout.size(), Relaxed) + new_size - layout.size();
            PEAK.fetch_max(now, Relaxed);
        } else {
            IN_USE.fetch_sub(layout.size() - new_size, Relaxed);
        }
        System.realloc(ptr, layout, new_size)
    }
}

#[cfg(not(target_arch = "wasm32"))] // the wasm has its own (talc)
#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Tests run in parallel and share the counter: one analysis at a time is measured.
pub static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// What one analysis cost.
pub struct Cost {
    pub time: Duration,
    /// Peak bytes allocated above what was in use before.
    pub peak: usize,
}

/// Analyses `text` as a plain-text page in `lang`, measuring time and peak memory.
pub fn measured(text: &str, lang: Option<&str>) -> (Analysis, Cost) {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let page = Page::from_plain_text(text, lang);
    let base = IN_USE.load(Relaxed);
    PEAK.store(base, Relaxed);
    let start = Instant::now();
    let analysis = analyze(&page);
    let time = start.elapsed();
    let peak = PEAK.load(Relaxed).saturating_sub(base);
    (analysis, Cost { time, peak })
}

/// Bytes allocated now.
pub fn in_use() -> usize {
    IN_USE.load(Relaxed)
}
