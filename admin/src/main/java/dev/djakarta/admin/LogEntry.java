package dev.djakarta.admin;

import dev.djakarta.auth.User;
import dev.djakarta.db.Manager;
import dev.djakarta.db.Ordering;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/**
 * One change made through the admin, Django's {@code admin.LogEntry} (table {@code admin_logentry}): who, when, which
 * object (app label, model name, primary key and its text at the time), what (added, changed, deleted) and, for a
 * change, which fields. The object is named by label and key rather than by a foreign key, so entries outlive it.
 */
@Entity
@jakarta.persistence.Table(name = "admin_logentry")
@Ordering("-actionTime")
public class LogEntry {
    public static final int ADDITION = 1;
    public static final int CHANGE = 2;
    public static final int DELETION = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private Instant actionTime;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    private User user;
    @Column(nullable = false, length = 100)
    private String appLabel;
    @Column(nullable = false, length = 100)
    private String modelName;
    @Column(length = 255)
    private String objectId;
    @Column(nullable = false, length = 200)
    private String objectRepr;
    @Column(nullable = false)
    private int actionFlag;
    @Column(nullable = false, length = 4000)
    private String changeMessage = "";

    protected LogEntry() {
    }

    public LogEntry(User user, String appLabel, String modelName, String objectId, String objectRepr, int actionFlag,
            String changeMessage) {
        this.actionTime = Instant.now();
        this.user = user;
        this.appLabel = appLabel;
        this.modelName = modelName;
        this.objectId = objectId;
        this.objectRepr = objectRepr.length() > 200 ? objectRepr.substring(0, 199) + "…" : objectRepr;
        this.actionFlag = actionFlag;
        this.changeMessage = changeMessage.length() > 4000 ? changeMessage.substring(0, 4000) : changeMessage;
    }

    public static Manager<LogEntry> objects() {
        return Manager.of(LogEntry.class);
    }

    public Long getId() {
        return id;
    }

    public Instant getActionTime() {
        return actionTime;
    }

    public User getUser() {
        return user;
    }

    public String getAppLabel() {
        return appLabel;
    }

    public String getModelName() {
        return modelName;
    }

    public String getObjectId() {
        return objectId;
    }

    public String getObjectRepr() {
        return objectRepr;
    }

    public int getActionFlag() {
        return actionFlag;
    }

    /** The changed fields, one label per line (empty for additions and deletions). */
    public String getChangeMessage() {
        return changeMessage;
    }

    public boolean isAddition() {
        return actionFlag == ADDITION;
    }

    public boolean isChange() {
        return actionFlag == CHANGE;
    }

    public boolean isDeletion() {
        return actionFlag == DELETION;
    }

    /**
     * Django's {@code get_change_message()}: "Added.", "Changed Title and Body.", "Deleted.", "No fields changed.",
     * followed by what happened to inline objects ("Added comment “Hi”.").
     */
    public String getDescription() {
        java.util.List<String> fields = new java.util.ArrayList<>();
        java.util.List<String> notes = new java.util.ArrayList<>();
        for (String line : changeMessage.isEmpty() ? new String[0] : changeMessage.split("\n")) {
            (line.endsWith(".") ? notes : fields).add(line);
        }
        String head;
        if (isAddition()) {
            head = "Added.";
        } else if (isDeletion()) {
            head = "Deleted.";
        } else if (fields.isEmpty()) {
            head = notes.isEmpty() ? "No fields changed." : "";
        } else if (fields.size() == 1) {
            head = "Changed " + fields.get(0) + ".";
        } else {
            head = "Changed " + String.join(", ", fields.subList(0, fields.size() - 1)) + " and " + fields.get(fields.size() - 1) + ".";
        }
        return (head + " " + String.join(" ", notes)).strip();
    }

    @Override
    public String toString() {
        return getDescription() + " " + appLabel + "." + modelName + " " + objectId;
    }
}
