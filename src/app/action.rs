//! Everything the reader can be asked to do. Keys map to these through the keymap
//! (`assets/keymap.toml` names them in snake_case); `update` is the only place that
//! carries them out.

use serde::Deserialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Leave parallax.
    Quit,
    /// Show or hide the key help for the current screen.
    Help,
    /// Move the selection or scroll one line down.
    Down,
    /// Move the selection or scroll one line up.
    Up,
    /// One screen down.
    PageDown,
    /// One screen up.
    PageUp,
    /// Half a screen down.
    HalfPageDown,
    /// Half a screen up.
    HalfPageUp,
    /// To the beginning.
    Top,
    /// To the end.
    Bottom,
    /// Start typing a filter for the list.
    Filter,
    /// Choose the selected article: first for the left pane, then for the right (opens the pair).
    Choose,
    /// Forget the article chosen for the left pane, or clear the filter.
    ClearChoice,
    /// Reading: back to the library (the pair stays open).
    Back,
    /// Reading: return to the pair from the library.
    Resume,
    /// Next content passage in the focused pane (headline, byline and furniture are skipped).
    NextPassage,
    /// Previous passage in the focused pane.
    PrevPassage,
    /// Focus the left (or top) pane.
    FocusLeft,
    /// Focus the right (or bottom) pane.
    FocusRight,
    /// Focus the other pane.
    FocusOther,
    /// Replace the focused pane's article with another (the other pane keeps its place).
    PickArticle,
    /// Exchange the two panes.
    SwapPanes,
    /// Unfold or fold page furniture (subscription teasers, credits, …).
    ToggleBoilerplate,
    /// In a text box: accept what was typed.
    Accept,
    /// In a text box or overlay: cancel.
    Cancel,
    /// In a text box: delete the character before the cursor.
    DeleteChar,
    /// In a text box: clear it.
    ClearInput,
    /// In a text box: delete the character under the cursor.
    DeleteForward,
    /// In a text box: delete the word before the cursor.
    DeleteWord,
    /// In a text box: delete from the cursor to the end.
    KillToEnd,
    /// In a text box: cursor one character left.
    CursorLeft,
    /// In a text box: cursor one character right.
    CursorRight,
    /// In a text box: cursor to the start.
    CursorHome,
    /// In a text box: cursor to the end.
    CursorEnd,
    /// Reading: bookmark the current passage of the focused pane, with a note.
    Mark,
    /// List bookmarks across the corpus; Enter opens one.
    Bookmarks,
    /// In the bookmark list: delete the selected bookmark.
    DeleteBookmark,
    /// Reading: search the focused article (alias- and stem-aware).
    Search,
    /// Reading: the next search match (or the next passage on the active topic).
    NextMatch,
    /// Reading: the previous search match (or passage on the active topic).
    PrevMatch,
    /// Back to where the last jump left from (both panes).
    JumpBack,
    /// Forward again in the jump history.
    JumpForward,
    /// The topic palette: reading, choose a topic both panes jump to; library, filter by it.
    Topics,
    /// Reading: the other pane jumps to the passage that best matches the focused one
    /// (again: the next best).
    Counterpart,
    /// Reading: follow mode on/off (the other pane keeps the counterpart in view).
    Follow,
    /// Library: the filter searches the articles' texts (through the archive index)
    /// instead of their titles, or titles again.
    TextSearch,
    /// Library: open the selected article beside its closest other take.
    OpenRelated,
    /// Library: type a web page's URL; it is fetched and added to the library. (In the
    /// article picker, a URL typed as the filter is fetched into the focused pane.)
    OpenAddress,
    /// Library: the next sort order (as listed, newest first, by outlet, by title).
    Sort,
    /// Reading: the framing lens for the two open articles.
    Lens,
    /// Reading: the active topic across every outlet of the corpus.
    Across,
    /// Reading: mark, word by word, what the focused passage and its counterpart beside
    /// it each say that the other does not (again: unmark).
    Contrast,
    /// Reading: show the pair as a diff of two versions of one text, or the panes again.
    Versions,
    /// Reading, in the diff: to the next change.
    NextChange,
    /// Reading, in the diff: to the previous change.
    PrevChange,
    /// In a panel: the next section.
    NextSection,
    /// In a panel: the previous section.
    PrevSection,
    /// In a text box: a typed character.
    #[serde(skip)]
    Input(char),
    /// The terminal now has this many columns and rows.
    #[serde(skip)]
    Resize(u16, u16),
}

impl Action {
    /// A short description for the help overlay.
    pub fn describe(self) -> &'static str {
        use Action::*;
        match self {
            Quit => "quit",
            Help => "this help",
            Down => "down one line",
            Up => "up one line",
            PageDown => "page down",
            PageUp => "page up",
            HalfPageDown => "half page down",
            HalfPageUp => "half page up",
            Top => "to the top",
            Bottom => "to the end",
            Filter => "filter by title (fuzzy)",
            Choose => "choose left, then right: opens the pair",
            ClearChoice => "clear choice / filter",
            Back => "clear topic, search; then library",
            Resume => "return to the open pair",
            NextPassage => "next passage",
            PrevPassage => "previous passage",
            FocusLeft => "focus left/top pane",
            FocusRight => "focus right/bottom pane",
            FocusOther => "focus the other pane",
            PickArticle => "open another article in this pane",
            SwapPanes => "swap the two panes",
            ToggleBoilerplate => "unfold/fold page furniture",
            Accept => "accept",
            Cancel => "cancel",
            DeleteChar => "delete a character",
            ClearInput => "delete to the start",
            DeleteForward => "delete under the cursor",
            DeleteWord => "delete a word",
            KillToEnd => "delete to the end",
            CursorLeft => "cursor left",
            CursorRight => "cursor right",
            CursorHome => "cursor to the start",
            CursorEnd => "cursor to the end",
            Mark => "bookmark this passage (with a note)",
            Search => "search this article (Kyiv finds Kiev)",
            TextSearch => "filter: titles / the texts of the library (archive search)",
            OpenAddress => "fetch a web page by its URL into the library",
            Lens => "framing lens: spelling, loaded terms, sources, figures",
            Across => "the active topic across all outlets",
            Contrast => "contrast with the counterpart: only here, reworded, respelled, figures",
            Versions => "diff of two versions of one text / the panes",
            NextChange => "next change (in the diff)",
            PrevChange => "previous change (in the diff)",
            NextSection => "next section",
            PrevSection => "previous section",
            Topics => "topics (palette)",
            Counterpart => "counterpart (again: the next best)",
            Follow => "follow mode on/off",
            OpenRelated => "open beside its closest other take",
            Sort => "sort: as listed, newest, outlet, title",
            NextMatch => "next match / passage on the topic",
            PrevMatch => "previous match / passage on topic",
            JumpBack => "jump back",
            JumpForward => "jump forward",
            Bookmarks => "bookmarks",
            DeleteBookmark => "delete the selected bookmark",
            Input(_) => "type",
            Resize(..) => "resize",
        }
    }
}
