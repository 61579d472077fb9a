package no.minside.objections;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A file the debtor sent with an objection or a reply; its content is read only when it is downloaded. */
@Entity
@Table(name = "objection_attachment")
public class ObjectionAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The id in links: random, so no file can be reached by counting. */
    @Column(name = "public_id")
    public UUID publicId;

    @Column(name = "objection_id")
    public Long objectionId;

    @Column(name = "message_id")
    public Long messageId;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "content_type")
    public String contentType;

    @Column(name = "size_bytes")
    public int sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    public byte[] content;

    @Column(name = "created_at")
    public Instant createdAt;
}
