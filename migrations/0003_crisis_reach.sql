ALTER TABLE "crisis_events" ADD COLUMN "alert_ref" text;--> statement-breakpoint
ALTER TABLE "crisis_events" ADD COLUMN "reached_by" text;--> statement-breakpoint
ALTER TABLE "crisis_events" ADD COLUMN "reached_at" timestamp with time zone;