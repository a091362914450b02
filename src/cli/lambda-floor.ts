import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import express from 'express';
import serverless from 'serverless-http';

/**
 * The floor of `npm run measure:lambda`: the least a Lambda function on this
 * stack does for one request. Express behind serverless-http, and one
 * GetItem through the document client on the service's table; no auth,
 * validation, logging or configuration. Bundled and minified as the service is.
 */
const dynamo = DynamoDBDocumentClient.from(
  new DynamoDBClient({
    region: process.env.AWS_REGION ?? 'us-east-1',
    endpoint: process.env.DYNAMODB_ENDPOINT,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  }),
);
const app = express();
app.use((_req, res, next) => {
  dynamo
    .send(new GetCommand({ TableName: process.env.DYNAMODB_TABLE, Key: { PK: 'floor', SK: 'floor' } }))
    .then((answer) => res.json({ status: 'ok', found: answer.Item !== undefined }), next);
});

export const handler = serverless(app);
