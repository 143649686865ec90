CREATE TYPE "public"."effect_state" AS ENUM('sending', 'sent');--> statement-breakpoint
CREATE TABLE "request_notes" (
	"request_id" uuid PRIMARY KEY NOT NULL,
	"note" text NOT NULL,
	CONSTRAINT "request_notes_length" CHECK (char_length("request_notes"."note") between 1 and 500)
);
--> statement-breakpoint
ALTER TABLE "job_effects" ADD COLUMN "state" "effect_state" DEFAULT 'sent' NOT NULL;--> statement-breakpoint
ALTER TABLE "job_effects" ADD COLUMN "ref" text;--> statement-breakpoint
ALTER TABLE "request_notes" ADD CONSTRAINT "request_notes_request_id_support_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."support_requests"("id") ON DELETE cascade ON UPDATE no action;