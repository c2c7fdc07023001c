"""Engines run ChunkProcessors over the article stream: in this process, in N local
processes, or on a Ray cluster. Each writes committed chunks into OUT/.staging."""
