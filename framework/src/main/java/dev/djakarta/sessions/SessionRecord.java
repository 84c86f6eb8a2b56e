package dev.djakarta.sessions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/** A stored session row (Django's django_session), for the database session store. */
@Entity
@Table(name = "djakarta_session", indexes = @Index(name = "djakarta_session_expire_date", columnList = "expire_date"))
public class SessionRecord {
    @Id
    @Column(name = "session_key", length = 40)
    private String sessionKey;
    @Column(name = "session_data", nullable = false, length = 100_000)
    private String sessionData;
    @Column(name = "expire_date", nullable = false)
    private Instant expireDate;

    protected SessionRecord() {
    }

    SessionRecord(String key, String data, Instant expires) {
        this.sessionKey = key;
        this.sessionData = data;
        this.expireDate = expires;
    }

    String data() {
        return sessionData;
    }

    Instant expires() {
        return expireDate;
    }

    void update(String data, Instant expires) {
        this.sessionData = data;
        this.expireDate = expires;
    }
}
