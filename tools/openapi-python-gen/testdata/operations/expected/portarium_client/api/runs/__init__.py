"""Operations tagged \"runs\"."""
