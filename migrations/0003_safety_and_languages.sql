CREATE TYPE "public"."effect_state" AS ENUM('sending', 'sent');--> statement-breakpoint
CREATE TABLE "request_notes" (
	"request_id" uuid PRIMARY KEY NOT NULL,
	"note" text NOT NULL,
	CONSTRAINT "request_notes_length" CHECK (char_length("request_notes"."note") between 1 and 500)
);
--> statement-breakpoint
CREATE TABLE "unscanned_messages" (
	"community_id" uuid NOT NULL,
	"day" date NOT NULL,
	"lang" text NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "unscanned_messages_community_id_day_lang_pk" PRIMARY KEY("community_id","day","lang")
);
--> statement-breakpoint
ALTER TABLE "crisis_events" ADD COLUMN "alert_ref" text;--> statement-breakpoint
ALTER TABLE "crisis_events" ADD COLUMN "reached_by" text;--> statement-breakpoint
ALTER TABLE "crisis_events" ADD COLUMN "reached_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "job_effects" ADD COLUMN "state" "effect_state" DEFAULT 'sent' NOT NULL;--> statement-breakpoint
ALTER TABLE "job_effects" ADD COLUMN "ref" text;--> statement-breakpoint
ALTER TABLE "request_notes" ADD CONSTRAINT "request_notes_request_id_support_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."support_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unscanned_messages" ADD CONSTRAINT "unscanned_messages_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Notes of open requests move to their own rows; the old column is emptied once and no longer written.
INSERT INTO "request_notes" ("request_id", "note") SELECT "id", "note" FROM "support_requests" WHERE "note" IS NOT NULL AND char_length("note") BETWEEN 1 AND 500 AND "status" IN ('queued', 'accepted', 'active');--> statement-breakpoint
UPDATE "support_requests" SET "note" = NULL WHERE "note" IS NOT NULL;
