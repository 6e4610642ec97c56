"""Operations tagged \"HumanTasks\"."""
