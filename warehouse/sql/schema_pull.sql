-- Windows of an `ecarts offers pull` that are loaded and committed, so that a pull cut short (error, call
-- cap, kill) resumes where it stopped: the next pull over the same query skips the windows listed here.
-- A pull that completes removes the rows of its queries and period: the next one asks everything again
-- (offers are merged on offer_id either way, so nothing is counted twice).
CREATE TABLE IF NOT EXISTS pull_windows (
    query_key    VARCHAR NOT NULL,      -- the query's parameters, sorted: codeROME=M1805&region=75&sort=1
    window_start TIMESTAMP NOT NULL,    -- minCreationDate asked (UTC)
    window_end   TIMESTAMP NOT NULL,    -- maxCreationDate asked (UTC)
    offers       INTEGER NOT NULL,      -- offers of the window not already met earlier in the same pull
    capped       BOOLEAN NOT NULL,      -- more offers exist than could be read (cap or call budget)
    run_id       VARCHAR NOT NULL,      -- the `runs` row of the pull that read it
    fetched_at   TIMESTAMP NOT NULL,
    PRIMARY KEY (query_key, window_start, window_end)
);
