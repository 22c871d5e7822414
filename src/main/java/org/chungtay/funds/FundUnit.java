package org.chungtay.funds;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A fund (Quỹ Bảo trợ trẻ em) at one level of the tree: the provincial fund at the root, commune
 * funds at the leaves. Its materialised path of ids ({@code /1/5/23/}) makes "this unit and
 * everything under it" one indexed prefix query; units never move, so the path never changes.
 * A unit is deactivated rather than deleted, because money and people keep referring to it.
 */
@Entity
@Table(name = "fund_unit")
public class FundUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(nullable = false)
    private int depth;

    @Column(nullable = false, length = 500)
    private String path;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected FundUnit() {
    }

    FundUnit(FundUnit parent, String name) {
        this.parentId = parent == null ? null : parent.id;
        this.depth = parent == null ? 1 : parent.depth + 1;
        this.path = "";
        this.name = name.strip();
        this.createdAt = Instant.now();
    }

    /** Called once the database has given the unit its id. */
    void placeUnder(FundUnit parent) {
        this.path = (parent == null ? "/" : parent.path) + id + "/";
    }

    void rename(String newName) {
        this.name = newName.strip();
    }

    void deactivate() {
        this.active = false;
    }

    void reactivate() {
        this.active = true;
    }

    public Long id() {
        return id;
    }

    public Long parentId() {
        return parentId;
    }

    public int depth() {
        return depth;
    }

    public String path() {
        return path;
    }

    public String name() {
        return name;
    }

    public boolean active() {
        return active;
    }

    @Override
    public String toString() {
        return "FundUnit[id=" + id + ", name=" + name + ", depth=" + depth + ", active=" + active + "]";
    }
}
