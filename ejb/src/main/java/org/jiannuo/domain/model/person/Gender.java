package org.jiannuo.domain.model.person;

public enum Gender {
    MALE,
    FEMALE
}
