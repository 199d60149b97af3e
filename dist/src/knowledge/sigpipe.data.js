export const SIGPIPE_IGNORED = [
    // fftools/ffmpeg.c term_init(): `signal(SIGPIPE, SIG_IGN)`, called once the options are parsed
    // and the files opened; av_log() and the stats line are written to stderr unchecked. Measured
    // (ffmpeg 5.1, docs/hazards.md): its stderr pipe closed 2 s into an encode, ffmpeg finished the
    // file and exited 0; closed 0.5 s in, before term_init, it died of SIGPIPE (-13); its media on a
    // closed stdout ends it at once ("Conversion failed!", exit status 1).
    { command: 'ffmpeg', says: 'ignores SIGPIPE once it has started (fftools term_init): its log writes fail and it runs on, its log lost' },
];
